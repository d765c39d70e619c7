import './severity-badge.css'
import { SEVERITIES, type Severity } from '@/lib/schema/vocabulary'

/** Severity as a word and a four-step meter: the count of filled steps reads without colour. */
export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  const level = SEVERITIES.indexOf(severity) + 1
  return (
    <span className={`sev sev-${severity}`}>
      <span className="sev-meter" aria-hidden="true">
        {SEVERITIES.map((s, i) => (
          <span key={s} className={i < level ? 'on' : undefined} />
        ))}
      </span>
      {label}
    </span>
  )
}
