import { describe, expect, it } from 'vitest'
import { externalHref } from '@/lib/reference/href'

describe('externalHref', () => {
  it.each([
    ['https://example.com/a/b?c=1&d=2#e', 'https://example.com/a/b?c=1&d=2#e'],
    ['https://news.example/기사/카카오-먹통', 'https://news.example/기사/카카오-먹통'],
    [
      "https://www.example.com/video/x8/[영상]-카카오는-먹통,-네이버는-철통..'데이터센터'가-뭐길래",
      "https://www.example.com/video/x8/%5B영상%5D-카카오는-먹통,-네이버는-철통..'데이터센터'가-뭐길래",
    ],
    ['https://example.com/a b|c^d{e}', 'https://example.com/a%20b%7Cc%5Ed%7Be%7D'],
    ['https://example.com/100%25/50%', 'https://example.com/100%25/50%25'],
    ['https://example.com/?q=[x]#frag#ment', 'https://example.com/?q=%5Bx%5D#frag%23ment'],
    ['https://[::1]:8080/x', 'https://[::1]:8080/x'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
  ])('%s', (url, href) => {
    expect(externalHref(url)).toBe(href)
  })

  it('leaves a valid address unchanged when applied twice', () => {
    const once = externalHref('https://example.com/[a] b')
    expect(externalHref(once)).toBe(once)
  })
})
