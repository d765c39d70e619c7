import { Citations } from '@/components/citations'
import type { IncidentView } from '@/lib/content/source'
import { entityPath, type Lang, policyPath, t } from '@/lib/i18n/lang'
import { toMoment } from '@/lib/time/moment'
import { MomentTime } from '@/components/reference/moment-time'

const GROUPS = [
  { kinds: ['company'], ko: '기업', en: 'Companies' },
  { kinds: ['government', 'regulator', 'police'], ko: '정부·규제 기관·경찰', en: 'Government, regulators and police' },
  { kinds: ['legislature', 'other'], ko: '국회와 기타', en: 'Legislature and others' },
]

/** Responses grouped by who acted, each with the policy it led to. */
export function ResponseList({ view, lang }: { view: IncidentView; lang: Lang }) {
  const policyName = new Map(view.policies.map((p) => [p.id, p.name]))
  return (
    <>
      {GROUPS.map((group) => {
        const items = view.incident.responses
          .map((r, index) => ({ r, index }))
          .filter(({ r }) => group.kinds.includes(r.kind))
        if (items.length === 0) return null
        return (
          <section key={group.en} aria-label={group[lang]}>
            <h3>{group[lang]}</h3>
            <ul className="response-list">
              {items.map(({ r, index }) => {
                const actor = view.entityNames.get(r.actor)
                const policy = r.policy ? policyName.get(r.policy) : undefined
                return (
                  <li key={index} id={`response-${index + 1}`}>
                    <MomentTime moment={toMoment(r)} lang={lang} />{' '}
                    {actor && (
                      <>
                        <a href={entityPath(r.actor, lang)}>{t(actor, lang)}</a>:{' '}
                      </>
                    )}
                    {t(r.text, lang)}
                    <Citations ids={r.sources} cites={view.cites} />
                    {r.policy && policy && (
                      <>
                        {' '}
                        → <a href={policyPath(r.policy, lang)}>{t(policy, lang)}</a>
                      </>
                    )}
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </>
  )
}
