import type { Lang } from '../schema/vocabulary'

export type { Lang }

/** Picks one language out of a bilingual text. */
export function t(text: { ko: string; en: string }, lang: Lang): string {
  return text[lang]
}

/** Site-relative URL of a page in a language: Korean at the root, English under /en/. */
export function pagePath(lang: Lang, path: string): string {
  const clean = path.replace(/^\/+/, '')
  const withSlash = clean === '' || clean.endsWith('/') || clean.includes('.') ? clean : `${clean}/`
  return lang === 'ko' ? `/${withSlash}` : `/en/${withSlash}`
}

export function incidentPath(id: string, lang: Lang): string {
  return pagePath(lang, `incidents/${id}/`)
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko'
}
