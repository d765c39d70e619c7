/**
 * What a share card says (the image a chat or a social site shows beside a link): for an incident,
 * its title, when it began and ended, how long it lasted, its severity and up to three of its
 * numbers; for the site, its name, what it is and the size of the record. Words only: the layout is
 * lib/share/layout.ts. Pure.
 */
import type { Incident } from '../content/types'
import { formatValue } from '../incidents/figures'
import { incidentSpan } from '../incidents/derive'
import { incidentLength } from '../incidents/lengths'
import { SEVERITY_LABEL } from '../i18n/labels'
import { msg } from '../i18n/messages'
import type { Lang, Severity } from '../schema/vocabulary'
import { formatLength, formatMoment } from '../time/format'

export interface CardNumber {
  value: string
  label: string
  /** Other sources give other values: the card marks it and says so. */
  disputed: boolean
}

export interface CardData {
  lang: Lang
  /** The site's name, at the top. */
  site: string
  title: string
  /** When, and how long: one or two short lines under the title. */
  lines: string[]
  severity?: { key: Severity; label: string }
  numbers: CardNumber[]
  /** A note under the numbers (why some are marked), if any. */
  note?: string
  /** Where the record lives: host and folder, at the bottom. */
  address: string
}

/** At most this many numbers on a card. */
export const CARD_NUMBERS = 3

const WORDS = {
  lasted: { ko: '지속', en: 'Lasted' },
  disputed: {
    ko: '* 출처마다 다른 값이 있다. 모든 값과 출처는 기록에 있다.',
    en: '* Sources give other values too: every value and its source is in the record.',
  },
  severity: { ko: '심각도', en: 'Severity' },
} as const

/** The address line: `outage.example/folder`. */
export function cardAddress(origin: string, basePath: string): string {
  return `${origin.replace(/^https?:\/\//, '')}${basePath}`
}

/** The card of an incident in one language. */
export function incidentCard(inc: Incident, lang: Lang, address: string): CardData {
  const { start, end } = incidentSpan(inc)
  const when = end ? `${formatMoment(start, lang)} – ${formatMoment(end, lang)}` : formatMoment(start, lang)
  const lines = [when]
  // How long, as the page says it: the length a source states, else the range the times imply.
  const length = incidentLength(inc)
  if (length) lines.push(`${WORDS.lasted[lang]} ${formatLength(length.shown, lang)}`)
  const numbers = inc.figures
    .filter((f) => f.measure !== 'duration' || !length)
    .slice(0, CARD_NUMBERS)
    .map((f) => ({
      value: formatValue(f.value, f.unit, lang, f.approximate),
      label: f.label[lang],
      disputed: f.alternatives.length > 0,
    }))
  return {
    lang,
    site: msg('siteName', lang),
    title: inc.title[lang],
    lines,
    severity: { key: inc.severity, label: `${WORDS.severity[lang]}: ${SEVERITY_LABEL[inc.severity][lang]}` },
    numbers,
    note: numbers.some((n) => n.disputed) ? WORDS.disputed[lang] : undefined,
    address,
  }
}

/** The site's card: its name, what it is, and the size of the record. */
export function siteCard(lang: Lang, numbers: CardNumber[], address: string): CardData {
  return {
    lang,
    site: msg('siteName', lang === 'ko' ? 'en' : 'ko'),
    title: msg('siteName', lang),
    lines: [msg('tagline', lang)],
    numbers: numbers.slice(0, CARD_NUMBERS),
    address,
  }
}

/** The alternative text of an incident's card: what it shows, in words. */
export function cardAlt(card: CardData): string {
  const numbers = card.numbers.map((n) => `${n.label} ${n.value}`)
  return [card.title, ...card.lines, card.severity?.label, ...numbers].filter((s) => s !== undefined).join(' · ')
}
