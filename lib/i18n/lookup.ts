/**
 * Interface text: tables of the site's own words, key → the text in every language, and the one
 * lookup every table is read through (`msg(key, lang)`, `smsg`, `tmsg`, `rmsg`, `emsg`). Site-wide
 * words are in messages.ts; each feature's words live beside it (`lib/<feature>/messages.ts`).
 */
import type { Lang, Localized } from './lang'

/** A table of interface text. */
export type MessageTable = Readonly<Record<string, Localized>>

/** The lookup of a table: its text for a key, in a language. */
export function messageLookup<K extends string>(table: Readonly<Record<K, Localized>>): (key: K, lang: Lang) => string {
  return (key, lang) => table[key][lang]
}
