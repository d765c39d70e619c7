/**
 * The post-build rewrite of one exported page: Next's client runtime out, the page's islands in.
 *
 * `next build` writes every page with React's hydration machinery: runtime <script>s, a
 * Turbopack bootstrap, the whole page again as inline flight data (`self.__next_f.push`), script
 * preloads, and `<!-- -->` text markers. None of it is needed: pages are plain HTML, and anything
 * interactive is an island (`data-island="<name>"`) mounted by its own small module.
 *
 * The page is parsed (parse5, the HTML standard's algorithm, with source offsets), each node is
 * classified, and the edits are cut out of the original text, so everything else stays byte for
 * byte. Anything the rewrite cannot account for stops it with a reason: an inline script that is
 * not Next's, a Suspense boundary whose content would arrive by script, an island with no module,
 * a page without `</head>`. The result is parsed again and checked. Pure: text in, text out.
 */
import { type DefaultTreeAdapterTypes, parse } from 'parse5'

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element

/** The built files of one island: its module, and the chunks it imports statically. */
export interface IslandAsset {
  script: string
  preload: readonly string[]
}
export type IslandAssets = ReadonlyMap<string, IslandAsset>

export class RewriteError extends Error {
  override name = 'RewriteError'
}

export interface Rewritten {
  html: string
  /** The islands the page contains, sorted. */
  islands: string[]
  /** How many scripts, preload links and hydration markers were removed. */
  removed: number
}

/** Where island files are served from (out/_islands/), below the site's base path. */
export const ISLAND_BASE = '/_islands/'
/**
 * Controls that only work with JavaScript carry this attribute. They are in the page from the
 * first paint (an island wires them up without moving anything, so no layout shift), and a
 * <noscript> style in the head hides them from readers without JavaScript.
 */
export const JS_ONLY_ATTRIBUTE = 'data-js-only'
export const NO_SCRIPT_STYLE = `<style>[${JS_ONLY_ATTRIBUTE}]{display:none!important}</style>`
const NEXT_BASE = '/_next/'

export interface RewriteOptions {
  /**
   * The site's base path (`''` or `/folder`, lib/site/config.ts): Next's runtime is then under
   * `/folder/_next/` and the island files under `/folder/_islands/`.
   */
  basePath?: string
}

/** The URL prefixes of Next's files and of the island files for one base path. */
interface Bases {
  next: string
  islands: string
}

const basesOf = (options: RewriteOptions): Bases => ({
  next: (options.basePath ?? '') + NEXT_BASE,
  islands: (options.basePath ?? '') + ISLAND_BASE,
})
const DATA_SCRIPT_TYPES = ['application/json', 'application/ld+json']
/** React's markers: Suspense boundaries that resolved at build time (`$`, `/$`) and text separators. */
const RESOLVED_MARKERS = ['$', '/$', ' ', '']
/** React's markers of content that arrives later by script: pending (`$?`) or failed (`$!`) boundaries. */
const PENDING_MARKERS = ['$?', '$!']
/** Ids React gives to streamed boundaries, segments and placeholders. */
const STREAMED_ID = /^[BPS]:\d+$/
const FLIGHT = /^\s*(?:\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(/
const TURBOPACK = /^\s*\(globalThis\["TURBOPACK"\]\s*\|\|/

interface Span {
  start: number
  end: number
}

interface Analysis {
  /** Next's runtime, preloads and markers: to be cut. */
  next: Span[]
  /** Island scripts and preloads a previous run added: replaced, so the step can run twice. */
  ownTags: Span[]
  ownScripts: string[]
  islands: Set<string>
  jsOnly: boolean
  noScriptStyles: number
  headEnd: number | undefined
}

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value

function span(node: { sourceCodeLocation?: { startOffset: number; endOffset: number } | null }, what: string): Span {
  const loc = node.sourceCodeLocation
  if (!loc) throw new RewriteError(`${what} has no position in the source`)
  return { start: loc.startOffset, end: loc.endOffset }
}

const textOf = (el: Element): string =>
  el.childNodes.map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : '')).join('')

const snippet = (s: string): string => JSON.stringify(s.trim().slice(0, 60))

function classifyScript(el: Element, a: Analysis, bases: Bases): void {
  const src = attr(el, 'src')
  if (src !== undefined) {
    if (src.startsWith(bases.next)) a.next.push(span(el, `<script src="${src}">`))
    else if (src.startsWith('/') && src.includes(NEXT_BASE)) {
      throw new RewriteError(`<script src="${src}"> is Next's runtime outside the base path ${bases.next}`)
    } else if (src.startsWith(bases.islands)) {
      a.ownTags.push(span(el, `<script src="${src}">`))
      a.ownScripts.push(src)
    }
    return
  }
  const type = (attr(el, 'type') ?? '').trim().toLowerCase()
  if (DATA_SCRIPT_TYPES.includes(type)) return
  const text = textOf(el)
  if (FLIGHT.test(text) || TURBOPACK.test(text)) {
    a.next.push(span(el, 'an inline Next script'))
    return
  }
  throw new RewriteError(
    `an inline script that is not Next's runtime (${snippet(text)}): pages run no inline script; make it an island`,
  )
}

function classifyLink(el: Element, a: Analysis, bases: Bases): void {
  const href = attr(el, 'href') ?? ''
  const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/)
  const preloads = rel.includes('preload') || rel.includes('modulepreload') || rel.includes('prefetch')
  if (!preloads) return
  const script = rel.includes('modulepreload') || attr(el, 'as') === 'script' || /\.m?js(?:$|\?)/.test(href)
  if (href.startsWith(bases.next) && script) a.next.push(span(el, `<link rel="${rel.join(' ')}">`))
  else if (href.startsWith(bases.islands)) a.ownTags.push(span(el, `<link href="${href}">`))
}

function visit(node: Node, a: Analysis, assets: IslandAssets, bases: Bases): void {
  if (node.nodeName === '#comment' && 'data' in node) {
    if (PENDING_MARKERS.includes(node.data)) {
      throw new RewriteError(
        `a Suspense boundary (<!--${node.data}-->) was not resolved at build time: its content would arrive by script`,
      )
    }
    if (RESOLVED_MARKERS.includes(node.data)) a.next.push(span(node, 'a React marker'))
    return
  }
  if (!('tagName' in node)) {
    if ('childNodes' in node) for (const child of node.childNodes) visit(child, a, assets, bases)
    return
  }
  const id = attr(node, 'id')
  if (id !== undefined && STREAMED_ID.test(id)) {
    throw new RewriteError(`<${node.tagName} id="${id}"> is streamed content that only React's runtime puts in place`)
  }
  if (attr(node, JS_ONLY_ATTRIBUTE) !== undefined) a.jsOnly = true
  if (node.tagName === 'noscript' && textOf(node) === NO_SCRIPT_STYLE) {
    a.ownTags.push(span(node, 'the <noscript> style'))
    a.noScriptStyles += 1
    return
  }
  const island = attr(node, 'data-island')
  if (island !== undefined) {
    if (!assets.has(island)) {
      throw new RewriteError(`data-island="${island}" has no module (components/<feature>/${island}.island.ts)`)
    }
    a.islands.add(island)
  }
  if (node.tagName === 'script') classifyScript(node, a, bases)
  else if (node.tagName === 'link') classifyLink(node, a, bases)
  else if (node.tagName === 'head') a.headEnd = node.sourceCodeLocation?.endTag?.startOffset
  for (const child of node.childNodes) visit(child, a, assets, bases)
  if ('content' in node) visit(node.content, a, assets, bases)
}

function analyze(html: string, assets: IslandAssets, bases: Bases): Analysis {
  const a: Analysis = {
    next: [],
    ownTags: [],
    ownScripts: [],
    islands: new Set(),
    jsOnly: false,
    noScriptStyles: 0,
    headEnd: undefined,
  }
  visit(parse(html, { sourceCodeLocationInfo: true }), a, assets, bases)
  return a
}

const escapeAttr = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')

/** The tags that load a page's islands: preloads of their shared chunks first, then the modules. */
export function islandTags(names: readonly string[], assets: IslandAssets): string {
  const preload = new Set<string>()
  const scripts: string[] = []
  for (const name of names) {
    const asset = assets.get(name)
    if (!asset) throw new RewriteError(`no built module for island "${name}"`)
    for (const p of asset.preload) preload.add(p)
    scripts.push(asset.script)
  }
  return [
    ...[...preload].map((p) => `<link rel="modulepreload" href="${escapeAttr(p)}"/>`),
    ...scripts.map((s) => `<script type="module" src="${escapeAttr(s)}"></script>`),
  ].join('')
}

/** Cuts the spans out of the text and inserts `insert` at `at` (spans must not overlap). */
function splice(html: string, cuts: readonly Span[], at: number, insert: string): string {
  const sorted = [...cuts].sort((x, y) => x.start - y.start)
  let out = ''
  let pos = 0
  let inserted = false
  for (const cut of sorted) {
    if (cut.start < pos) throw new RewriteError('two removals overlap')
    if (!inserted && at <= cut.start) {
      out += html.slice(pos, at) + insert
      pos = at
      inserted = true
    }
    out += html.slice(pos, cut.start)
    pos = cut.end
  }
  if (!inserted) {
    if (at < pos) throw new RewriteError('the island scripts would land inside a removed tag')
    out += html.slice(pos, at) + insert
    pos = at
  }
  return out + html.slice(pos)
}

/**
 * Rewrites one page; throws RewriteError with the reason when the page cannot be rewritten safely.
 * The assets' URLs are the island files' addresses, base path included.
 */
export function rewritePage(html: string, assets: IslandAssets, options: RewriteOptions = {}): Rewritten {
  const bases = basesOf(options)
  for (const [name, asset] of assets) {
    const outside = [asset.script, ...asset.preload].find((url) => !url.startsWith(bases.islands))
    if (outside) throw new RewriteError(`island "${name}": ${outside} is not under ${bases.islands}`)
  }
  const before = analyze(html, assets, bases)
  if (before.headEnd === undefined) throw new RewriteError('no </head> to put the island scripts before')
  const islands = [...before.islands].sort()
  const noScript = before.jsOnly ? `<noscript>${NO_SCRIPT_STYLE}</noscript>` : ''
  const out = splice(html, [...before.next, ...before.ownTags], before.headEnd, noScript + islandTags(islands, assets))

  const after = analyze(out, assets, bases)
  const expected = islands.map((n) => assets.get(n)?.script ?? '')
  if (after.next.length > 0) throw new RewriteError('Next runtime left after the rewrite')
  if (after.noScriptStyles !== (before.jsOnly ? 1 : 0)) throw new RewriteError('the <noscript> style is not there once')
  if (after.ownScripts.join(' ') !== expected.join(' ') || [...after.islands].sort().join(' ') !== islands.join(' ')) {
    throw new RewriteError('the rewritten page does not load exactly its islands')
  }
  return { html: out, islands, removed: before.next.length }
}
