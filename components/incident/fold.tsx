import type { ReactNode } from 'react'

/**
 * A long list a reader can open or pass by: folded under a summary line when it has more than
 * `over` items, shown as it is otherwise. Following a link into it opens it (the browser does).
 */
export function Fold({
  count,
  over,
  summary,
  open = false,
  children,
}: {
  count: number
  over: number
  summary: string
  open?: boolean
  children: ReactNode
}) {
  if (count <= over) return <>{children}</>
  return (
    <details className="fold" open={open}>
      <summary>
        {summary} <span className="fold-count">({count})</span>
      </summary>
      {children}
    </details>
  )
}
