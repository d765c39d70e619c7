import { pieces, type Range } from '@/lib/search/ranges'

/** Text with its matched ranges in <mark>: React elements built from ranges, never HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>{pieces(text, ranges).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>
  )
}
