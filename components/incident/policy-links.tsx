import type { IncidentView } from '@/lib/content/source'
import { type Lang, policyPath, t } from '@/lib/i18n/lang'

/** The policies this incident's responses led to. */
export function PolicyLinks({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <ul className="policy-links">
      {view.policies.map((p) => (
        <li key={p.id}>
          <a href={policyPath(p.id, lang)}>{t(p.name, lang)}</a>
        </li>
      ))}
    </ul>
  )
}
