/**
 * English pages show no Korean paragraph: in the main content of every built English page
 * (out/en/**\/*.html), no paragraph, list item, heading or table cell is mostly Hangul once the
 * Korean names it gives in parentheses or quotation marks are set aside. The pages are parsed
 * by Chromium's DOMParser (no script runs), then judged by lib/i18n/hangul.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { isKoreanProse } from '@/lib/i18n/hangul'
import { fileBrowser } from './browser'

const root = resolve(import.meta.dirname, '../..')
const OUT_EN = resolve(root, 'out/en')
const FIXTURES = resolve(root, 'tests/fixtures/english-pages')
/**
 * Running text: paragraphs, list items, headings, table cells, quotations, captions. The values of
 * a source's metadata list (a byline, the original headline: data in the source's own language,
 * marked with its lang) are not prose and are left out.
 */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, caption, figcaption, blockquote'

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  )
}

const browser = fileBrowser()
let page: Page
beforeAll(async () => {
  page = await browser().newPage()
})

/** The blocks of `<main>` whose text is Korean prose, as `<tag> text`. */
async function koreanBlocks(html: string): Promise<string[]> {
  const blocks = await page.evaluate(
    ({ source, selector }) => {
      const doc = new DOMParser().parseFromString(source, 'text/html')
      for (const el of doc.querySelectorAll('script, style, template')) el.remove()
      // A <q> is shown between quotation marks the browser adds: give them to the text too.
      for (const q of doc.querySelectorAll('q')) q.textContent = `\u201c${q.textContent ?? ''}\u201d`
      const main = doc.querySelector('main')
      if (main === null) return [{ tag: 'main', text: '(no <main> element)' }]
      return [...main.querySelectorAll(selector)].map((el) => ({
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }))
    },
    { source: html, selector: BLOCKS },
  )
  return blocks
    .filter((b) => b.text === '(no <main> element)' || isKoreanProse(b.text))
    .map((b) => `<${b.tag}> ${b.text.slice(0, 140)}`)
}

describe('English pages', () => {
  it('the check finds the Korean paragraph in a fixture page, and lets names in parentheses and quotes pass', async () => {
    const bad = await koreanBlocks(readFileSync(join(FIXTURES, 'korean-paragraph.html'), 'utf8'))
    expect(bad).toEqual(['<p> 카카오톡이 약 2시간 동안 멈췄다 [1].'])
    const good = await koreanBlocks(readFileSync(join(FIXTURES, 'korean-names.html'), 'utf8'))
    expect(good).toEqual([])
  })

  it('show no Korean paragraph, list item, heading or table cell in their main content', async () => {
    const files = htmlFiles(OUT_EN)
    expect(files.length).toBeGreaterThan(100)
    const found: string[] = []
    for (const file of files) {
      const rel = relative(OUT_EN, file)
      for (const block of await koreanBlocks(readFileSync(file, 'utf8'))) found.push(`en/${rel}: ${block}`)
    }
    expect(found).toEqual([])
  })
})
