import type { Element, ElementContent, Root, RootContent } from 'hast'

/**
 * Fits an analysis body into its page: headings move one level down (the page's section heading
 * is the h2, so the body's `##` becomes h3), and in a Korean body the footnote labels GFM writes
 * in English are put in Korean. English analyses live in an `en/` folder (`content/incidents/en/`).
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
    if (korean) localizeFootnotes(node)
    walk(node.children, korean)
  }
}

function shiftHeading(node: Element): void {
  const level = HEADING.exec(node.tagName)?.[1]
  if (level !== undefined) node.tagName = `h${Math.min(6, Number(level) + 1)}`
}

function localizeFootnotes(node: Element): void {
  if (node.properties.id === 'footnote-label') node.children = [{ type: 'text', value: '각주' }]
  const label = node.properties.ariaLabel
  if (typeof label === 'string' && label.startsWith('Back to reference')) {
    node.properties.ariaLabel = label.replace('Back to reference', '본문 각주 위치로 돌아가기:')
  }
}
