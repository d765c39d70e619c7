import type { Element, ElementContent, Root, RootContent } from 'hast'

/**
 * Fits a Korean analysis body into its page: headings move one level down (the page's section
 * heading is the h2, so the body's `##` becomes h3), and the footnote labels GFM writes in
 * English are put in Korean.
 */
export function rehypeBody() {
  return (tree: Root) => {
    walk(tree.children)
  }
}

const HEADING = /^h([1-6])$/

function walk(nodes: Array<RootContent | ElementContent>): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    shiftHeading(node)
    localizeFootnotes(node)
    walk(node.children)
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
