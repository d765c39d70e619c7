import './not-found-page.css'
import { type Lang, pagePath, type Section, sectionPath } from '@/lib/i18n/lang'
import { type MessageKey, msg } from '@/lib/i18n/messages'
import { PageFrame } from './page-frame'

const WAYS_ON: Array<[Section, MessageKey, MessageKey]> = [
  ['incidents', 'navIncidents', 'wayIncidents'],
  ['timeline', 'navTimeline', 'wayTimeline'],
  ['analysis', 'navAnalysis', 'wayAnalysis'],
  ['factors', 'navFactors', 'wayFactors'],
  ['about', 'navAbout', 'wayAbout'],
]

/** What a lost reader can do next, in one language: search, or start from a main section. */
function WayOn({ lang }: { lang: Lang }) {
  const id = `nf-q-${lang}`
  return (
    <>
      <p>{msg('notFoundBody', lang)}</p>
      <form
        className="nf-search"
        action={sectionPath('search', lang)}
        method="get"
        role="search"
        aria-label={msg('notFoundSearch', lang)}
      >
        <label htmlFor={id}>{msg('notFoundSearch', lang)}</label>
        <div className="nf-search-row">
          <input id={id} name="q" type="search" maxLength={200} autoComplete="off" />
          <button type="submit">{msg('navSearch', lang)}</button>
        </div>
      </form>
      <ul className="nf-sections">
        {WAYS_ON.map(([section, name, hint]) => (
          <li key={section}>
            <a href={sectionPath(section, lang)}>{msg(name, lang)}</a>
            <span>{msg(hint, lang)}</span>
          </li>
        ))}
      </ul>
    </>
  )
}

/** The 404 page, in both languages (a static host serves one file for every unknown path). */
export function NotFoundPage() {
  return (
    <PageFrame lang="ko" alternate={pagePath('en', '')}>
      <div className="not-found">
        <h1>{msg('notFoundTitle', 'ko')}</h1>
        <WayOn lang="ko" />
        <section lang="en" aria-labelledby="nf-en">
          <h2 id="nf-en">{msg('notFoundTitle', 'en')}</h2>
          <WayOn lang="en" />
        </section>
      </div>
    </PageFrame>
  )
}
