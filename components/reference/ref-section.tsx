import type { ReactNode } from 'react'

/** A titled section of a reference page, with an anchor; hidden when it has nothing to show. */
export function RefSection({
  id,
  title,
  show = true,
  children,
}: {
  id: string
  title: string
  show?: boolean
  children: ReactNode
}) {
  if (!show) return null
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="ref-section">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  )
}
