import './site-header.css'
import './search/search.css'
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

/**
 * Site name, the main sections, search and the language switch (which keeps the reader on the
 * same record). On a phone the sections fold into a menu: a popover the button opens with no script.
 */
export function SiteHeader({ lang, alternate }: { lang: Lang; alternate: string }) {
  const other = otherLang(lang)
  return (
    <header className="site-header" id="top">
      <div className="site-header-inner">
        <a href={pagePath(lang, '')} className="site-name">
          <span className="site-mark" aria-hidden="true" />
          {msg('siteName', lang)}
        </a>
        <nav id="site-nav" aria-label={msg('mainNav', lang)} className="main-nav" popover="auto">
          <ul>
            {NAV.map(([section, label]) => (
              <li key={section}>
                <a href={sectionPath(section, lang)}>{msg(label, lang)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <QuickSearch lang={lang} />
          <a href={alternate} hrefLang={other} lang={other} className="lang-switch">
            {msg('languageSwitch', lang)}
          </a>
          <button type="button" className="menu-button" popoverTarget="site-nav">
            <span className="menu-icon" aria-hidden="true" />
            {msg('menu', lang)}
          </button>
        </div>
      </div>
    </header>
  )
}
