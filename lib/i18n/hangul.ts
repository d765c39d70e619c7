/**
 * Telling Korean prose from English prose that mentions a Korean name. An English page may give a
 * Korean name in parentheses or quotation marks, e.g. `Seoul Finance (서울파이낸스)` or
 * `the alias “카톡 먹통”`; a passage whose own words are Korean is a Korean paragraph.
 */

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/gu
const LATIN = /[A-Za-z]/g
/** Innermost bracketed or quoted passages (ASCII apostrophes are left alone: they are English). */
const ASIDE = /\([^()]*\)|（[^（）]*）|“[^“”]*”|‘[^‘’]*’|"[^"]*"|「[^「」]*」|『[^『』]*』|《[^《》]*》|〈[^〈〉]*〉/gu

/** The text without its parenthesized and quoted passages, nested ones included. */
export function withoutAsides(text: string): string {
  let rest = text
  for (let previous = ''; previous !== rest; ) {
    previous = rest
    rest = rest.replace(ASIDE, ' ')
  }
  return rest
}

/** True when a text has any Hangul in it. */
export function hasHangul(text: string): boolean {
  return scriptCounts(text).hangul > 0
}

/** How many Hangul and Latin letters a text has. */
export function scriptCounts(text: string): { hangul: number; latin: number } {
  return { hangul: text.match(HANGUL)?.length ?? 0, latin: text.match(LATIN)?.length ?? 0 }
}

/** True when a passage, once its parenthesized and quoted names are set aside, is mostly Hangul. */
export function isKoreanProse(text: string): boolean {
  const { hangul, latin } = scriptCounts(withoutAsides(text))
  return hangul > 0 && hangul >= latin
}
