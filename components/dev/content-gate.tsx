import type { ReactNode } from 'react'
import { getDevReport } from '@/lib/content/source'

/**
 * Live authoring only (`npm run dev`): while the content has problems, every page shows the report
 * `npm run check` prints (or contentlayer2's error) instead of rendering from broken data; once the
 * files are fixed, the page comes back. In a build it renders the page and nothing else.
 */
export function ContentGate({ children }: { children: ReactNode }) {
  const report = process.env.NODE_ENV === 'development' ? getDevReport() : undefined
  if (report === undefined) return children
  return (
    <main data-content-report="" style={{ padding: '1.5rem', maxWidth: '60rem' }}>
      <h1>npm run dev: the content has problems</h1>
      <p>Fix the files below; this page reloads as you save.</p>
      <pre role="alert" style={{ whiteSpace: 'pre-wrap', font: '0.875rem/1.5 ui-monospace, monospace' }}>
        {report}
      </pre>
    </main>
  )
}
