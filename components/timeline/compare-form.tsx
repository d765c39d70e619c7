import type { Lang } from '@/lib/i18n/lang'
import { axisWord } from '@/lib/timeline/axis-messages'

export interface CompareChoice {
  id: string
  title: string
}

/** Picks a second incident to see beside this one on one clock: a plain form to `/timeline/?compare=this,other`. */
export function CompareForm({
  id,
  others,
  action,
  lang,
}: {
  id: string
  others: readonly CompareChoice[]
  action: string
  lang: Lang
}) {
  return (
    <form className="axis-compare" action={action} method="get">
      <label>
        {axisWord('compareWith', lang)}{' '}
        <select name="compare">
          {others.map((o) => (
            <option key={o.id} value={`${id},${o.id}`}>
              {o.title}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">{axisWord('compareGo', lang)}</button>
    </form>
  )
}
