import { entityPath, incidentPath, type Lang, policyPath, t } from '@/lib/i18n/lang'
import type { CitingRecord } from '@/lib/reference/sources'
import { CitingFactItem } from './citing-fact-item'
import { MomentTime } from './moment-time'

const PATHS = { incident: incidentPath, entity: entityPath, policy: policyPath } as const

/** Records citing a source, each with the facts that cite it. */
export function CitingRecordList({ records, lang }: { records: readonly CitingRecord[]; lang: Lang }) {
  return (
    <>
      {records.map((r) => {
        const path = PATHS[r.type](r.id, lang)
        return (
          <section key={`${r.type}-${r.id}`} className="ref-citing" aria-labelledby={`cite-${r.type}-${r.id}`}>
            <h4 id={`cite-${r.type}-${r.id}`}>
              <a href={path}>{t(r.name, lang)}</a>
              {r.moment && (
                <>
                  {' '}
                  <span className="ref-muted">
                    <MomentTime moment={r.moment} lang={lang} />
                  </span>
                </>
              )}
            </h4>
            <ul className="ref-dated">
              {r.facts.map((f, i) => (
                <CitingFactItem key={i} fact={f} href={`${path}#${f.anchor}`} lang={lang} />
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
