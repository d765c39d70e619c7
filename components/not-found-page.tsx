import { pagePath } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'

/** The 404 page, in both languages (a static host serves one file for every unknown path). */
export function NotFoundPage() {
  return (
    <main id="main" className="not-found">
      <h1>{msg('notFoundTitle', 'ko')}</h1>
      <p>
        {msg('notFoundBody', 'ko')} <a href={pagePath('ko', '')}>{msg('home', 'ko')}</a>
      </p>
      <section lang="en">
        <h2>{msg('notFoundTitle', 'en')}</h2>
        <p>
          {msg('notFoundBody', 'en')} <a href={pagePath('en', '')}>{msg('home', 'en')}</a>
        </p>
      </section>
    </main>
  )
}
