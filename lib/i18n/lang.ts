import type { Lang } from '../schema/vocabulary'

export type { Lang }

/** Text in every language of the site, Korean first: the one localized-text type. */
export type Localized = Record<Lang, string>

/** Picks one language out of a bilingual text. */
export function t(text: Localized, lang: Lang): string {
  return text[lang]
}

/** A text built once per language. */
export function localize(f: (lang: Lang) => string): Localized {
  return { ko: f('ko'), en: f('en') }
}

/** Site-relative URL of a page in a language: Korean at the root, English under /en/. */
export function pagePath(lang: Lang, path: string): string {
  const clean = path.replace(/^\/+/, '')
  const withSlash = clean === '' || clean.endsWith('/') || clean.includes('.') ? clean : `${clean}/`
  return lang === 'ko' ? `/${withSlash}` : `/en/${withSlash}`
}

/** The site's sections. Every page path is built here, so links cannot drift. */
export const SECTIONS = [
  'incidents',
  'timeline',
  'factors',
  'entities',
  'policies',
  'sources',
  'analysis',
  'search',
  'about',
] as const
export type Section = (typeof SECTIONS)[number]

export function sectionPath(section: Section, lang: Lang): string {
  return pagePath(lang, `${section}/`)
}

export function incidentPath(id: string, lang: Lang): string {
  return pagePath(lang, `incidents/${id}/`)
}
export function factorPath(id: string, lang: Lang): string {
  return pagePath(lang, `factors/${id}/`)
}
export function entityPath(id: string, lang: Lang): string {
  return pagePath(lang, `entities/${id}/`)
}
export function policyPath(id: string, lang: Lang): string {
  return pagePath(lang, `policies/${id}/`)
}
export function sourcePath(id: string, lang: Lang): string {
  return pagePath(lang, `sources/${id}/`)
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko'
}
