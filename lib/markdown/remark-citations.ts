import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast'
import { CITATION_PATTERN, splitCitation } from './citations'

/**
 * Turns `[@id]` in Markdown text into citation markers: `<sup>` around one link per source,
 * `<a href="#source-<id>" data-cite="<id>">`. They carry no number: the page numbers them from
 * its own source list (`numberBodyCitations` in `cite-links.ts`), so the Korean body, the English
 * analysis and the facts around them share one numbering.
 */
export function remarkCitations() {
  return (tree: Root) => {
    visitParents(tree, (parent) => {
      const children: PhrasingContent[] = []
      let changed = false
      for (const child of parent.children) {
        if (child.type !== 'text') {
          children.push(child)
          continue
        }
        const pieces = splitText(child)
        if (pieces.length !== 1 || pieces[0] !== child) changed = true
        children.push(...pieces)
      }
      return changed ? children : undefined
    })
  }
}

type PhrasingParent = Parent & { children: PhrasingContent[] }

function isPhrasingParent(node: Root | Parent): node is PhrasingParent {
  return (
    ['paragraph', 'emphasis', 'strong', 'delete', 'heading', 'tableCell', 'footnoteDefinition'].includes(node.type) &&
    node.children.every((c) => c.type !== 'paragraph')
  )
}

function visitParents(node: Root | Parent, rewrite: (p: PhrasingParent) => PhrasingContent[] | undefined): void {
  if (isPhrasingParent(node)) {
    const next = rewrite(node)
    if (next) node.children = next
  }
  for (const child of node.children) {
    if ('children' in child && child.type !== 'link') visitParents(child, rewrite)
  }
}

function splitText(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(CITATION_PATTERN)) {
    const index = match.index
    // The citation belongs to the word before it: the space Markdown authors type goes.
    const before = node.value.slice(last, index).replace(/[ \t]+$/, '')
    if (before !== '') out.push({ type: 'text', value: before })
    const links: Link[] = splitCitation(match[1] ?? '').map((id) => ({
      type: 'link',
      url: `#source-${id}`,
      data: { hProperties: { dataCite: id } },
      children: [{ type: 'text', value: id }],
    }))
    out.push({ type: 'emphasis', data: { hName: 'sup' }, children: links })
    last = index + match[0].length
  }
  if (last === 0) return [node]
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) })
  return out
}
