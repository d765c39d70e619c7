import { msg } from './messages'
import type { Lang } from './lang'

/** A page title with the site name: "카카오 먹통 | 장애 연대기". */
export function pageTitle(title: string | undefined, lang: Lang): string {
  return title ? `${title} | ${msg('siteName', lang)}` : msg('siteName', lang)
}
