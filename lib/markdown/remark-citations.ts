import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast'
import { CITATION_PATTERN, splitCitation } from './citations'

/**
 * Turns `[@id]` in Markdown text into numbered citation links `[n]` pointing at `#source-<id>`.
 * Numbers follow first appearance in the body, the same order `extractCitationIds` gives, so
 * the page's numbered source list matches.
 */
export function remarkCitations() {
  return (tree: Root) => {
    const numbers = new Map<string, number>()
    const numberOf = (id: string): number => {
      const known = numbers.get(id)
      if (known !== undefined) return known
      const next = numbers.size + 1
      numbers.set(id, next)
      return next
    }
    visitParents(tree, (parent) => {
      const children: PhrasingContent[] = []
      let changed = false
      for (const child of parent.children) {
        if (child.type !== 'text') {
          children.push(child)
          continue
        }
        const pieces = splitText(child, numberOf)
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

function splitText(node: Text, numberOf: (id: string) => number): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(CITATION_PATTERN)) {
    const index = match.index
    if (index > last) out.push({ type: 'text', value: node.value.slice(last, index) })
    const links: Link[] = splitCitation(match[1] ?? '').map((id) => ({
      type: 'link',
      url: `#source-${id}`,
      title: id,
      children: [{ type: 'text', value: `[${numberOf(id)}]` }],
    }))
    out.push({ type: 'emphasis', data: { hName: 'sup' }, children: links })
    last = index + match[0].length
  }
  if (last === 0) return [node]
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) })
  return out
}
