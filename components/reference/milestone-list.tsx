import { type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import type { PlacedMilestone } from '@/lib/reference/entities'
import { MomentTime } from './moment-time'
import { SourceRefs } from './source-refs'

/** An entity's dated facts, in time order. */
export function MilestoneList({ milestones, lang }: { milestones: readonly PlacedMilestone[]; lang: Lang }) {
  return (
    <ol className="ref-dated">
      {milestones.map(({ milestone, moment, anchor, sources }) => (
        <li key={anchor} id={anchor}>
          <MomentTime moment={moment} lang={lang} /> {t(milestone.text, lang)}
          {milestone.unverified && <span className="flag"> ({rmsg('unverified', lang)})</span>}{' '}
          <SourceRefs refs={sources} lang={lang} />
        </li>
      ))}
    </ol>
  )
}
