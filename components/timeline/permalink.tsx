import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'

/** The visible "#" link to an item's own anchor. */
export function Permalink({ id, lang }: { id: string; lang: Lang }) {
  return (
    <a className="permalink" href={`#${id}`}>
      #<span className="sr-only"> {tmsg('permalink', lang)}</span>
    </a>
  )
}
