import type { Element, ElementContent, Root, RootContent } from 'hast'

/**
 * Fits an analysis body into its page: headings move one level down (the page's section heading
 * is the h2, so the body's `##` becomes h3); footnotes are lettered ([a], [b]…) so that numbers
 * mean sources only; and in a Korean body the footnote labels GFM writes in English are put in
 * Korean. English analyses live in an `en/` folder (`content/incidents/en/`).
 */
export function rehypeBody() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    walk(tree.children, !isEnglish(file.data.rawDocumentData))
  }
}

/** contentlayer2 puts the document's raw data on the file; English bodies sit in an `en` folder. */
function isEnglish(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || !('sourceFileDir' in raw)) return false
  const dir = raw.sourceFileDir
  return typeof dir === 'string' && (dir === 'en' || dir.endsWith('/en'))
}

const HEADING = /^h([1-6])$/

function walk(nodes: Array<RootContent | ElementContent>, korean: boolean): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    shiftHeading(node)
    letterFootnote(node)
    if (korean) localizeFootnotes(node)
    walk(node.children, korean)
  }
}

function shiftHeading(node: Element): void {
  const level = HEADING.exec(node.tagName)?.[1]
  if (level !== undefined) node.tagName = `h${Math.min(6, Number(level) + 1)}`
}

/** 1 → a, 26 → z, 27 → aa: footnote letters, as the footnote list's `lower-alpha` counts. */
export function footnoteLetter(n: number): string {
  let out = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out
  return out
}

const DIGITS = /^\d+$/
/** "Back to reference 2" or, for a footnote's second reference, "Back to reference 2-2". */
const BACKREF = /(\d+)(-\d+)?$/

function letterFootnote(node: Element): void {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (node.properties.dataFootnoteRef !== undefined && only?.type === 'text' && DIGITS.test(only.value)) {
    only.value = `\u2060[${footnoteLetter(Number(only.value))}]`
  }
  const label = node.properties.ariaLabel
  if (node.properties.dataFootnoteBackref !== undefined && typeof label === 'string') {
    node.properties.ariaLabel = label.replace(
      BACKREF,
      (_all, n: string, repeat = '') => footnoteLetter(Number(n)) + repeat,
    )
  }
}

function localizeFootnotes(node: Element): void {
  if (node.properties.id === 'footnote-label') node.children = [{ type: 'text', value: '각주' }]
  const label = node.properties.ariaLabel
  if (typeof label === 'string' && label.startsWith('Back to reference')) {
    node.properties.ariaLabel = label.replace('Back to reference', '본문 각주 위치로 돌아가기:')
  }
}
