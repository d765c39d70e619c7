import { type Lang, otherLang, pagePath, type Section, sectionPath } from '@/lib/i18n/lang'
import { type MessageKey, msg } from '@/lib/i18n/messages'
import { QuickSearch } from './search/quick-search'

const NAV: Array<[Section, MessageKey]> = [
  ['timeline', 'navTimeline'],
  ['incidents', 'navIncidents'],
  ['factors', 'navFactors'],
  ['entities', 'navEntities'],
  ['policies', 'navPolicies'],
  ['analysis', 'navAnalysis'],
  ['sources', 'navSources'],
  ['search', 'navSearch'],
  ['about', 'navAbout'],
]

/** Site name, the main sections, and the language switch, which keeps the reader on the same record. */
export function SiteHeader({ lang, alternate }: { lang: Lang; alternate: string }) {
  const other = otherLang(lang)
  return (
    <header className="site-header">
      <a href={pagePath(lang, '')} className="site-name">
        {msg('siteName', lang)}
      </a>
      <nav aria-label={msg('mainNav', lang)} className="main-nav">
        <ul>
          {NAV.map(([section, label]) => (
            <li key={section}>
              <a href={sectionPath(section, lang)}>{msg(label, lang)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <QuickSearch lang={lang} />
      <a href={alternate} hrefLang={other} lang={other} className="lang-switch">
        {msg('languageSwitch', lang)}
      </a>
    </header>
  )
}
