/**
 * The post-build rewrite of one exported page: Next's client runtime out, the page's islands in.
 *
 * `next build` writes every page with React's hydration machinery: runtime <script>s, a
 * Turbopack bootstrap, the whole page again as inline flight data (`self.__next_f.push`), script
 * preloads, and `<!-- -->` text markers. None of it is needed: pages are plain HTML, and anything
 * interactive is an island (`data-island="<name>"`) mounted by its own small module.
 *
 * The page is read once by the HTML standard's tokenizer (parse5's, with source offsets, driven as
 * its tree builder would drive it: see PageScan), each tag and comment is classified, and the edits
 * are cut out of the original text, so everything else stays byte for byte. Anything the rewrite
 * cannot account for stops it with a reason: an inline script that is not Next's, a Suspense
 * boundary whose content would arrive by script, an island with no module, a page without
 * `</head>`, a script left open. The cuts are whole tags and comments at the tokenizer's own
 * positions (checked), so the result is not parsed again. Pure: text in, text out.
 */
import type { Token } from 'parse5'
import { SAXParser } from 'parse5-sax-parser'

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
  islands: Set<string>
  jsOnly: boolean
  headEnd: number | undefined
}

type Attrs = readonly Token.Attribute[]
const attr = (attrs: Attrs, name: string): string | undefined => attrs.find((a) => a.name === name)?.value

const snippet = (s: string): string => JSON.stringify(s.trim().slice(0, 60))

function classifyScript(attrs: Attrs, text: string, at: Span, a: Analysis, bases: Bases): void {
  const src = attr(attrs, 'src')
  if (src !== undefined) {
    if (src.startsWith(bases.next)) a.next.push(at)
    else if (src.startsWith('/') && src.includes(NEXT_BASE)) {
      throw new RewriteError(`<script src="${src}"> is Next's runtime outside the base path ${bases.next}`)
    } else if (src.startsWith(bases.islands)) {
      a.ownTags.push(at)
    }
    return
  }
  const type = (attr(attrs, 'type') ?? '').trim().toLowerCase()
  if (DATA_SCRIPT_TYPES.includes(type)) return
  if (FLIGHT.test(text) || TURBOPACK.test(text)) {
    a.next.push(at)
    return
  }
  throw new RewriteError(
    `an inline script that is not Next's runtime (${snippet(text)}): pages run no inline script; make it an island`,
  )
}

function classifyLink(attrs: Attrs, at: Span, a: Analysis, bases: Bases): void {
  const href = attr(attrs, 'href') ?? ''
  const rel = (attr(attrs, 'rel') ?? '').toLowerCase().split(/\s+/)
  const preloads = rel.includes('preload') || rel.includes('modulepreload') || rel.includes('prefetch')
  if (!preloads) return
  const script = rel.includes('modulepreload') || attr(attrs, 'as') === 'script' || /\.m?js(?:$|\?)/.test(href)
  if (href.startsWith(bases.next) && script) a.next.push(at)
  else if (href.startsWith(bases.islands)) a.ownTags.push(at)
}

/** A `<script>` or `<noscript>` whose text is being read: the text is all its tokenizer gives until its end tag. */
interface OpenText {
  name: 'script' | 'noscript'
  attrs: Attrs
  start: number
  text: string
}

function spanOf(location: Token.Location | null, what: string): Span {
  if (!location) throw new RewriteError(`${what} has no position in the source`)
  return { start: location.startOffset, end: location.endOffset }
}

/**
 * One pass of the HTML standard's tokenizer over the page (parse5's, driven as its tree builder
 * would drive it: raw text in scripts, styles and the like, foreign content in SVG and MathML), with
 * no tree built: each tag and comment is classified as it goes by. A tree cost twice as much, most
 * of it in garbage collection (a node and a location object for every run of text).
 */
class PageScan extends SAXParser {
  readonly found: Analysis = {
    next: [],
    ownTags: [],
    islands: new Set(),
    jsOnly: false,
    headEnd: undefined,
  }
  private open: OpenText | undefined
  private inBody = false

  constructor(
    private readonly assets: IslandAssets,
    private readonly bases: Bases,
  ) {
    super({ sourceCodeLocationInfo: true })
  }

  scan(html: string): Analysis {
    this.tokenizer.write(html, true)
    if (this.open) throw new RewriteError(`a <${this.open.name}> is not closed`)
    return this.found
  }

  override onCharacter(token: Token.CharacterToken): void {
    if (this.open) this.open.text += token.chars
  }
  override onWhitespaceCharacter(token: Token.CharacterToken): void {
    if (this.open) this.open.text += token.chars
  }
  override onNullCharacter(token: Token.CharacterToken): void {
    if (this.open) this.open.text += token.chars
  }
  override onEof(): void {}
  override onDoctype(): void {}

  override onComment(token: Token.CommentToken): void {
    if (PENDING_MARKERS.includes(token.data)) {
      throw new RewriteError(
        `a Suspense boundary (<!--${token.data}-->) was not resolved at build time: its content would arrive by script`,
      )
    }
    if (RESOLVED_MARKERS.includes(token.data)) this.found.next.push(spanOf(token.location, 'a React marker'))
  }

  override onStartTag(token: Token.TagToken): void {
    const a = this.found
    const { tagName, attrs } = token
    if (tagName === 'body') this.inBody = true
    const id = attr(attrs, 'id')
    if (id !== undefined && STREAMED_ID.test(id)) {
      throw new RewriteError(`<${tagName} id="${id}"> is streamed content that only React's runtime puts in place`)
    }
    if (tagName === 'script' || tagName === 'noscript') {
      // Only SVG or MathML could hold tags inside a script: no page of this site does.
      if (this.open) throw new RewriteError(`a <${tagName}> inside a <${this.open.name}>`)
      this.open = { name: tagName, attrs, start: spanOf(token.location, `<${tagName}>`).start, text: '' }
      if (token.selfClosing && this.tokenizer.inForeignNode) this.closeText(token)
    }
    if (attr(attrs, JS_ONLY_ATTRIBUTE) !== undefined) a.jsOnly = true
    const island = attr(attrs, 'data-island')
    if (island !== undefined) {
      if (!this.assets.has(island)) {
        throw new RewriteError(`data-island="${island}" has no module (components/<feature>/${island}.island.ts)`)
      }
      a.islands.add(island)
    }
    if (tagName === 'link') classifyLink(attrs, spanOf(token.location, '<link>'), a, this.bases)
  }

  override onEndTag(token: Token.TagToken): void {
    if (this.open && token.tagName === this.open.name) this.closeText(token)
    else if (token.tagName === 'head' && !this.inBody && this.found.headEnd === undefined) {
      this.found.headEnd = spanOf(token.location, '</head>').start
    }
  }

  /** The end of a `<script>` or `<noscript>`: the whole element, from its start tag to its end tag, is classified. */
  private closeText(end: Token.TagToken): void {
    const open = this.open
    if (!open) return
    this.open = undefined
    const at = { start: open.start, end: spanOf(end.location, `</${open.name}>`).end }
    if (open.name === 'script') {
      classifyScript(open.attrs, open.text, at, this.found, this.bases)
      return
    }
    if (open.text === NO_SCRIPT_STYLE) this.found.ownTags.push(at)
  }
}

const analyze = (html: string, assets: IslandAssets, bases: Bases): Analysis => new PageScan(assets, bases).scan(html)

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
 * The parser's positions, checked before anything is cut: every removal is a whole tag or comment
 * (from its `<` to its `>`) and the island tags go right before `</head>`. The output is then the
 * page without those nodes and with the tags, so it is not parsed a second time (that doubled the
 * step's cost); the browser tests check every built page for runtime left behind.
 */
function checkPositions(html: string, cuts: readonly Span[], headEnd: number): void {
  for (const cut of cuts) {
    if (html[cut.start] !== '<' || html[cut.end - 1] !== '>') {
      throw new RewriteError(
        `a removal at ${cut.start}–${cut.end} is not a whole tag: ${snippet(html.slice(cut.start, cut.end))}`,
      )
    }
  }
  if (html.slice(headEnd, headEnd + 7).toLowerCase() !== '</head>') {
    throw new RewriteError(`the island scripts' place (${headEnd}) is not before </head>`)
  }
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
  const cuts = [...before.next, ...before.ownTags]
  checkPositions(html, cuts, before.headEnd)
  const out = splice(html, cuts, before.headEnd, noScript + islandTags(islands, assets))
  return { html: out, islands, removed: before.next.length }
}
