import type { Lang, Localized } from '../i18n/lang'
import type { Unit } from '../schema/vocabulary'

const UNIT_TEXT: Record<Unit, Localized> = {
  count: { ko: '', en: '' },
  people: { ko: '명', en: ' people' },
  krw: { ko: '원', en: ' KRW' },
  usd: { ko: '달러', en: ' USD' },
  percent: { ko: '%', en: '%' },
  minutes: { ko: '분', en: ' min' },
  hours: { ko: '시간', en: ' h' },
  days: { ko: '일', en: ' days' },
  meters: { ko: 'm', en: ' m' },
  'square-meters': { ko: '㎡', en: ' m²' },
  'times-normal': { ko: '배', en: '×' },
  magnitude: { ko: '', en: '' },
  megawatts: { ko: 'MW', en: ' MW' },
}

/** One formatter per language for the process: making one costs more than formatting many numbers. */
const NUMBERS: Record<Lang, Intl.NumberFormat> = {
  ko: new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
}

/** A figure's value with its unit, as a reader writes it: "32,000", "₩27.5 bn" → "275억 원"-style grouping is left to the number. */
export function formatValue(value: number, unit: Unit, lang: Lang, approximate = false): string {
  const number = NUMBERS[lang].format(value)
  const text = `${number}${UNIT_TEXT[unit][lang]}`
  if (unit === 'magnitude') return lang === 'ko' ? `규모 ${number}` : `M${number}`
  if (!approximate) return text
  return lang === 'ko' ? `약 ${text}` : `about ${text}`
}
