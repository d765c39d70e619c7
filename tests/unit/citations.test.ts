import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { extractCitationIds, splitCitation } from '@/lib/markdown/citations'
import { remarkCitations } from '@/lib/markdown/remark-citations'

const render = async (md: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkCitations)
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(rehypeStringify)
      .process(md),
  )

describe('citations', () => {
  it.each([
    { md: 'a [@x] b [@y; @x] c [@z]', ids: ['x', 'y', 'z'] },
    { md: 'no citations [x] or [@Bad_Id]', ids: [] },
    { md: '[@seed-000;@seed-001]', ids: ['seed-000', 'seed-001'] },
  ])('extracts $ids from "$md"', ({ md, ids }) => {
    expect(extractCitationIds(md)).toEqual(ids)
  })

  it('splits one citation into ids', () => {
    expect(splitCitation('a; @b ;@c')).toEqual(['a', 'b', 'c'])
  })

  it('numbers citations in order of first appearance, the order the source list uses', async () => {
    const html = await render('first [@b] then [@a; @b]\n\n- in a list [@c]')
    expect(html).toContain('<sup><a href="#source-b" title="b">[1]</a></sup>')
    expect(html).toContain('<a href="#source-a" title="a">[2]</a><a href="#source-b" title="b">[1]</a>')
    expect(html).toContain('<a href="#source-c" title="c">[3]</a>')
    expect(extractCitationIds('first [@b] then [@a; @b]\n\n- in a list [@c]')).toEqual(['b', 'a', 'c'])
  })

  it('leaves citations inside code alone', async () => {
    const html = await render('`[@x]`')
    expect(html).toBe('<p><code>[@x]</code></p>')
  })
})
