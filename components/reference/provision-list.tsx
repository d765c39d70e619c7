import { type Lang, t } from '@/lib/i18n/lang'
import type { PlacedProvision } from '@/lib/reference/policies'
import { SourceRefs } from './source-refs'

/** A policy's main provisions, each with its sources. */
export function ProvisionList({ provisions, lang }: { provisions: readonly PlacedProvision[]; lang: Lang }) {
  return (
    <ol className="ref-dated">
      {provisions.map((p) => (
        <li key={p.anchor} id={p.anchor}>
          {t(p.text, lang)} <SourceRefs refs={p.sources} lang={lang} />
        </li>
      ))}
    </ol>
  )
}
