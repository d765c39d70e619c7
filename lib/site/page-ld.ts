/** The structured data of this build's pages (lib/site/json-ld.ts bound to the site's addresses and words). */
import type { Entity } from '../content/types'
import { entityPath, incidentPath, type Lang, pagePath, sectionPath } from '../i18n/lang'
import { msg } from '../i18n/messages'
import type { IncidentView } from '../incidents/view'
import { recordDates } from '../incidents/record-dates'
import { shareImagePath } from '../share/paths'
import { SITE, siteUrl } from './env'
import { incidentLd, type JsonLd, type SiteLd, websiteLd } from './json-ld'

const abs = (link: string) => SITE.origin + link

export function siteLd(lang: Lang): SiteLd {
  return {
    home: abs(pagePath(lang, '')),
    lang,
    name: msg('siteName', lang),
    alternateName: msg('siteName', lang === 'ko' ? 'en' : 'ko'),
    description: msg('tagline', lang),
    searchTemplate: `${abs(sectionPath('search', lang))}?q={search_term_string}`,
    logo: siteUrl('/icons/icon-512.png'),
  }
}

export const websiteLdFor = (lang: Lang): JsonLd => websiteLd(siteLd(lang))

export function incidentLdFor(view: IncidentView, lang: Lang, entity: (id: string) => Entity | undefined): JsonLd {
  return incidentLd({
    incident: view.incident,
    lang,
    site: siteLd(lang),
    url: abs(incidentPath(view.id, lang)),
    image: siteUrl(shareImagePath(view.id, lang)),
    dates: recordDates(view.incident),
    entity: (id) => {
      const e = entity(id)
      return e ? { entity: e, url: abs(entityPath(id, lang)) } : undefined
    },
    factorNames: [...new Set(view.factorGroups.flatMap((g) => g.items.map((i) => i.factor.name[lang])))],
    sources: view.sources.map((s) => s.source),
  })
}
