import { type Lang, t } from '@/lib/i18n/lang'
import { FACT_KIND_LABEL, rmsg } from '@/lib/reference/messages'
import { POLICY_STEP_LABEL } from '@/lib/i18n/labels'
import type { CitingFact } from '@/lib/reference/sources'
import { MomentTime } from './moment-time'

/** One fact that cites a source, linking to where it is shown. */
export function CitingFactItem({ fact, href, lang }: { fact: CitingFact; href: string; lang: Lang }) {
  return (
    <li className="ref-fact">
      <a href={href} className="ref-kind">
        {FACT_KIND_LABEL[fact.kind][lang]}
      </a>{' '}
      {fact.moment && (
        <>
          <MomentTime moment={fact.moment} lang={lang} />{' '}
        </>
      )}
      {fact.step && <strong>{POLICY_STEP_LABEL[fact.step][lang]} </strong>}
      {fact.label && <strong>{t(fact.label, lang)}: </strong>}
      {fact.text && t(fact.text, lang)}
      {fact.excerpt && <q lang={fact.excerpt.lang}>{fact.excerpt.text}</q>}
      {fact.excerpt && fact.excerpt.lang !== lang && <span className="ref-muted"> {rmsg('analysisInKo', lang)}</span>}
      {fact.kind === 'record' && rmsg('recordListed', lang)}
    </li>
  )
}
