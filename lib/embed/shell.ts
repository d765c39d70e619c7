/**
 * The HTML shell of the embed page (`out/embed/timeline/index.html`): no framework, no site
 * header; the small script `/embed/timeline.js` (built from embed/widget.ts) reads the options
 * and fills it in. The style is inlined and allowed by its hash, so the page's Content Security
 * Policy can forbid every inline script and every other origin. Pure: the caller passes the CSS
 * and its hash.
 */
import { pagePath } from '../i18n/lang'
import { sitePath } from '../site/env'
import { emsg } from './messages'

/** The widget's script, a path in the site (before the base path). */
export const WIDGET_SCRIPT = '/embed/timeline.js'

export function embedShell(css: string, cssHash: string): string {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'sha256-${cssHash}'`,
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  return `<!doctype html>
<html lang="ko" data-theme="auto">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="robots" content="noindex">
<meta name="description" content="${emsg('widgetTitle', 'ko')} · ${emsg('widgetTitle', 'en')}">
<link rel="icon" href="${sitePath('/icon.svg')}" type="image/svg+xml">
<title>${emsg('widgetTitle', 'ko')} · ${emsg('widgetTitle', 'en')}</title>
<style>${css}</style>
</head>
<body>
<main id="ot" class="ot" aria-busy="true" aria-label="${emsg('widgetTitle', 'ko')} · ${emsg('widgetTitle', 'en')}"><p class="ot-status" role="status">${emsg('loading', 'ko')}</p></main>
<noscript><p class="ot-status"><a href="${pagePath('ko', 'timeline/')}" target="_blank" rel="noopener">${emsg('attribution', 'ko')}</a></p></noscript>
<script type="module" src="${sitePath(WIDGET_SCRIPT)}"></script>
</body>
</html>
`
}
