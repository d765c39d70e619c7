import { type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { POLICY_STEP_LABEL } from '@/lib/i18n/labels'
import type { PlacedStep } from '@/lib/reference/policies'
import { MomentTime } from './moment-time'
import { SourceRefs } from './source-refs'

/** A policy's dated steps in time order; other sources' dates sit beside the main one. */
export function PolicyStepList({ steps, lang }: { steps: readonly PlacedStep[]; lang: Lang }) {
  return (
    <ol className="ref-steps">
      {steps.map(({ step, moment, anchor, sources, alternatives }) => (
        <li key={anchor} id={anchor} className="ref-step">
          <div className="ref-step-main">
            <strong>{POLICY_STEP_LABEL[step.step][lang]}</strong> <MomentTime moment={moment} lang={lang} />
            {step.note && <p>{t(step.note, lang)}</p>}
            <p>
              <SourceRefs refs={sources} lang={lang} />
            </p>
          </div>
          {alternatives.length > 0 && (
            <div className="ref-step-alternatives">
              <p className="ref-subheading" id={`${anchor}-alternatives`}>
                {rmsg('otherDates', lang)}
              </p>
              <ul aria-labelledby={`${anchor}-alternatives`}>
                {alternatives.map((a, i) => (
                  <li key={i}>
                    <MomentTime moment={a.moment} lang={lang} />
                    {a.note && `: ${t(a.note, lang)}`} <SourceRefs refs={a.sources} lang={lang} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  )
}
