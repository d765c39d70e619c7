import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type IslandAssets, RewriteError, rewritePage } from '@/lib/islands/rewrite'

const here = (path: string) => resolve(import.meta.dirname, '..', path)
const NEXT_PAGE = readFileSync(here('fixtures/islands/next-page.html'), 'utf8')
const GOLDEN = readFileSync(here('golden/islands-page.html'), 'utf8')

const ASSETS: IslandAssets = new Map([
  [
    'quick-search',
    { script: '/_islands/quick-search-Q1.js', preload: ['/_islands/chunk-A.js', '/_islands/chunk-B.js'] },
  ],
  ['search-page', { script: '/_islands/search-page-S1.js', preload: ['/_islands/chunk-A.js', '/_islands/chunk-C.js'] }],
])

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><title>t</title>${head}</head><body>${body}</body></html>`

describe('rewriting an exported page', () => {
  it('removes Next runtime, flight data, script preloads and React markers; adds the page’s islands (golden)', () => {
    const out = rewritePage(NEXT_PAGE, ASSETS)
    expect(out.html).toBe(GOLDEN)
    expect(out.islands).toEqual(['quick-search'])
    // Head: a script preload and 3 runtime scripts; body: 6 React markers, the Turbopack
    // bootstrap, a runtime script and 3 flight data scripts.
    expect(out.removed).toBe(4 + 6 + 5)
  })

  it('is idempotent: a rewritten page comes out the same, with fresh island files when they changed', () => {
    expect(rewritePage(GOLDEN, ASSETS).html).toBe(GOLDEN)
    const rebuilt: IslandAssets = new Map([['quick-search', { script: '/_islands/quick-search-Q2.js', preload: [] }]])
    const again = rewritePage(GOLDEN, rebuilt).html
    expect(again).toContain('<script type="module" src="/_islands/quick-search-Q2.js"></script></head>')
    expect(again).not.toContain('Q1.js')
    expect(again).not.toContain('modulepreload')
  })

  it('loads each island once and each shared chunk once, whatever the number of roots', () => {
    const html = page(
      '',
      '<div data-island="search-page" data-lang="ko"></div><div data-island="quick-search"></div><div data-island="quick-search"></div>',
    )
    const out = rewritePage(html, ASSETS)
    expect(out.islands).toEqual(['quick-search', 'search-page'])
    const tags = out.html.slice(out.html.indexOf('<title>t</title>') + 16, out.html.indexOf('</head>'))
    expect(tags).toBe(
      [
        '<link rel="modulepreload" href="/_islands/chunk-A.js"/>',
        '<link rel="modulepreload" href="/_islands/chunk-B.js"/>',
        '<link rel="modulepreload" href="/_islands/chunk-C.js"/>',
        '<script type="module" src="/_islands/quick-search-Q1.js"></script>',
        '<script type="module" src="/_islands/search-page-S1.js"></script>',
      ].join(''),
    )
  })

  it('hides the controls that need JavaScript from readers without it: one <noscript> style, kept on a rerun', () => {
    const html = page('', '<section class="filters" data-js-only="">filters</section><div data-js-only=""></div>')
    const once = rewritePage(html, ASSETS).html
    expect(once).toBe(
      page(
        '<noscript><style>[data-js-only]{display:none!important}</style></noscript>',
        html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')),
      ),
    )
    expect(rewritePage(once, ASSETS).html).toBe(once)
    expect(rewritePage(page('', '<p>plain</p>'), ASSETS).html).not.toContain('noscript')
  })

  it('leaves a page without runtime or islands as it is (the embed page, with its own script)', () => {
    const html = page('<script type="module" src="/embed/timeline.js"></script>', '<main id="ot"></main>')
    expect(rewritePage(html, ASSETS)).toEqual({ html, islands: [], removed: 0 })
  })

  it('keeps stylesheets, fonts and other preloads that are not scripts', () => {
    const head =
      '<link rel="preload" as="font" type="font/woff2" href="/_next/static/media/x.woff2" crossorigin=""/><link rel="stylesheet" href="/_next/static/chunks/a.css"/>'
    expect(rewritePage(page(head, ''), ASSETS).html).toBe(page(head, ''))
  })

  describe('under a base path (BASE_PATH=/oc: Next under /oc/_next/, islands under /oc/_islands/)', () => {
    const under = (html: string) =>
      html.replaceAll('"/_next/', '"/oc/_next/').replaceAll('"/_islands/', '"/oc/_islands/')
    const BASED: IslandAssets = new Map(
      [...ASSETS].map(([name, a]) => [name, { script: `/oc${a.script}`, preload: a.preload.map((p) => `/oc${p}`) }]),
    )

    it('removes the runtime under the base path and loads the islands from it, like at the root (golden)', () => {
      const out = rewritePage(under(NEXT_PAGE), BASED, { basePath: '/oc' })
      expect(out.html).toBe(under(GOLDEN))
      expect(out.html).not.toMatch(/"\/_(?:next|islands)\//)
      expect(out.removed).toBe(4 + 6 + 5)
      expect(rewritePage(out.html, BASED, { basePath: '/oc' }).html).toBe(out.html)
    })

    it('refuses island files outside the base path, and Next runtime outside it', () => {
      expect(() => rewritePage(under(NEXT_PAGE), ASSETS, { basePath: '/oc' })).toThrow(
        /island "quick-search": \/_islands\/quick-search-Q1\.js is not under \/oc\/_islands\//,
      )
      // A page built for the root, rewritten as if under /oc: its runtime would stay, loading files
      // that are not there; the step stops instead.
      expect(() => rewritePage(NEXT_PAGE, BASED, { basePath: '/oc' })).toThrow(
        /<script src="\/_next\/static\/chunks\/1yuxib7pc7f7b\.js"> is Next's runtime outside the base path \/oc\/_next\//,
      )
    })
  })

  it.each([
    ['JSON data', '<script type="application/ld+json">{"a":"<!--$?--><script>alert(1)"}</script>'],
    ['a style', '<style>a::after{content:"<!-- -->"}</style>'],
    ['a text area', '<textarea><!--$--><script src="/_next/x.js"></script></textarea>'],
    ['a title', '<title><!--/$--></title>'],
  ])('reads the text of %s as text, as a browser does: nothing in it is cut or refused', (_name, body) => {
    const html = page('', body)
    expect(rewritePage(html, ASSETS)).toEqual({ html, islands: [], removed: 0 })
  })

  it.each([
    ['an inline script of its own', page('', '<script>alert(1)</script>'), /inline script that is not Next's runtime/],
    [
      'an inline module script',
      page('', '<script type="module">import "/x.js"</script>'),
      /inline script that is not Next's runtime \("import \\"\/x\.js\\""\)/,
    ],
    ['an island without a module', page('', '<div data-island="nope"></div>'), /data-island="nope" has no module/],
    ['a pending Suspense boundary', page('', '<!--$?--><template id="B:0"></template><!--/$-->'), /<!--\$\?-->/],
    ['a failed Suspense boundary', page('', '<!--$!--><p>fallback</p><!--/$-->'), /<!--\$!-->/],
    ['streamed content', page('', '<div hidden id="S:0"><p>late</p></div>'), /id="S:0".*streamed content/],
    ['a fragment without a head', '<p>no document</p>', /no <\/head>/],
    [
      'a script cut off at the end',
      page('', '<script>self.__next_f.push([1,"').slice(0, -14),
      /<script> is not closed/,
    ],
  ])('refuses %s, with the reason', (_name, html, reason) => {
    expect(() => rewritePage(html, ASSETS)).toThrow(RewriteError)
    expect(() => rewritePage(html, ASSETS)).toThrow(reason)
  })
})
