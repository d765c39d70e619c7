import type { IncidentView } from '@/lib/content/source'
import { type Lang, t } from '@/lib/i18n/lang'
import { ROLE_LABEL } from '@/lib/i18n/labels'
import type { FactorRole } from '@/lib/schema/vocabulary'

const BEFORE: FactorRole[] = ['underlying', 'trigger', 'contributing']
const AFTER: FactorRole[] = ['aggravating', 'mitigating']

/**
 * How the factors combined: conditions and the trigger lead to the failure; other factors then
 * made the recovery slower or the damage smaller. Plain HTML, so it reads without JavaScript and
 * in order for a screen reader.
 */
export function CauseDiagram({ view, lang }: { view: IncidentView; lang: Lang }) {
  const names = (role: FactorRole) => view.factorGroups.find((g) => g.role === role)?.items.map((i) => i.factor) ?? []
  const stage = (role: FactorRole) => {
    const factors = names(role)
    if (factors.length === 0) return null
    return (
      <li key={role} className={`stage stage-${role}`}>
        <strong>{ROLE_LABEL[role][lang]}</strong>
        <ul>
          {[...new Map(factors.map((f) => [f.id, f])).values()].map((f) => (
            <li key={f.id}>
              <a href={`#factor-${f.id}`}>{t(f.name, lang)}</a>
            </li>
          ))}
        </ul>
      </li>
    )
  }
  const caption =
    lang === 'ko'
      ? '요인들이 어떻게 겹쳐 장애와 피해로 이어졌는가: 왼쪽(위)에서 오른쪽(아래)으로 읽는다.'
      : 'How the factors combined into the failure and its impact, read left to right (top to bottom).'
  return (
    <figure className="cause-diagram">
      <figcaption>{caption}</figcaption>
      <ol className="flow">
        {BEFORE.map(stage)}
        <li className="stage stage-failure">
          <strong>{lang === 'ko' ? '장애' : 'The failure'}</strong>
          <p>{t(view.incident.title, lang)}</p>
        </li>
        {AFTER.map(stage)}
      </ol>
    </figure>
  )
}
