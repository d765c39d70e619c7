/**
 * How a page reports the query values it rejected (lib/url-state.ts): as text, never markup. A
 * list of `{ key, value }`, values already cut short. Kept apart from the message tables so the
 * embed widget can use it without loading them.
 */
import type { Lang } from './lang'

/** The rejected values as a list: `factor “x”, year “1999”`. */
export function valueList(list: ReadonlyArray<{ key: string; value: string }>): string {
  return list.map(({ key, value }) => `${key} “${value}”`).join(', ')
}

/** The notice for query values a page ignored. */
export function ignoredValues(list: ReadonlyArray<{ key: string; value: string }>, lang: Lang): string {
  const items = valueList(list)
  return lang === 'ko'
    ? `주소의 알 수 없는 필터 값을 무시했습니다: ${items}. 나머지 조건으로 보여 줍니다.`
    : `Ignored unknown filter values in the address: ${items}. Showing the rest as filtered.`
}
