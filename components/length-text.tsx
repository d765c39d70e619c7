import type { Lang } from '@/lib/i18n/lang'
import { t } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import type { RecordedLength } from '@/lib/incidents/lengths'
import { formatLength } from '@/lib/time/format'

/**
 * A length as a page shows it: the stated one where a source gives it, then the one the recorded
 * times give, as a check ("약 44시간 (출처가 밝힌 길이; 기록된 시각으로 계산하면 약 32~57시간)"),
 * and where the two disagree because the sources do, what each says.
 */
export function LengthText({ length, lang }: { length: RecordedLength; lang: Lang }) {
  const shown = formatLength(length.shown, lang)
  if (!length.stated) return <span className="length">{shown}</span>
  const disputed = length.stated.figure.disputed
  return (
    <span className="length">
      {shown}{' '}
      <span className="length-check">
        ({msg('lengthStated', lang)}
        {length.derived && (
          <>
            ; {msg('lengthFromTimes', lang)} {formatLength(length.derived, lang)}
          </>
        )}
        {!length.agrees && disputed && (
          <>
            . {msg('lengthDisputed', lang)}: {t(disputed, lang)}
          </>
        )}
        )
      </span>
    </span>
  )
}
