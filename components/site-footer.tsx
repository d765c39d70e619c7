import './site-footer.css'
import { type Lang, otherLang, pagePath, sectionPath } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'

/** About, data, terms of use and the other language, on every page. */
export function SiteFooter({ lang, alternate }: { lang: Lang; alternate: string }) {
  const other = otherLang(lang)
  const about = sectionPath('about', lang)
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="footer-name">
          <a href={pagePath(lang, '')}>{msg('siteName', lang)}</a> — {msg('tagline', lang)}
        </p>
        <nav aria-label={msg('footerNav', lang)}>
          <ul>
            <li>
              <a href={about}>{msg('navAbout', lang)}</a>
            </li>
            <li>
              <a href={`${about}#data`}>{msg('footerData', lang)}</a>
            </li>
            <li>
              <a href={`${about}#terms`}>{msg('footerTerms', lang)}</a>
            </li>
            <li>
              <a href={sectionPath('sources', lang)}>{msg('navSources', lang)}</a>
            </li>
            <li>
              <a href={alternate} hrefLang={other} lang={other}>
                {msg('languageSwitch', lang)}
              </a>
            </li>
          </ul>
        </nav>
        <p className="footer-terms">{msg('footerNote', lang)}</p>
      </div>
    </footer>
  )
}
