import type { Lang } from '@/lib/i18n/lang'
import { formatMoment } from '@/lib/time/format'
import type { Moment } from '@/lib/time/moment'

/** A content time as a <time> element: machine-readable value, reader's wording. */
export function MomentTime({ moment, lang }: { moment: Moment; lang: Lang }) {
  return <time dateTime={moment.at}>{formatMoment(moment, lang)}</time>
}
