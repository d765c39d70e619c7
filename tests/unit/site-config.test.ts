/** Where the site lives (lib/site/config.ts, lib/site/env.ts): SITE_ORIGIN and BASE_PATH, read once and used for every address. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  absoluteUrl,
  DEFAULT_ORIGIN,
  missingOriginWarning,
  readBasePath,
  readSiteConfig,
  SiteConfigError,
} from '@/lib/site/config'

describe('SITE_ORIGIN', () => {
  it.each([
    [undefined, DEFAULT_ORIGIN, true],
    ['', DEFAULT_ORIGIN, true],
    ['https://outage.example', 'https://outage.example', false],
    ['https://outage.example/', 'https://outage.example', false],
    ['http://localhost:8080', 'http://localhost:8080', false],
    ['HTTPS://Outage.Example:443', 'https://outage.example', false],
  ])('%s → %s', (value, origin, isDefault) => {
    expect(readSiteConfig({ SITE_ORIGIN: value })).toEqual({ origin, basePath: '', originIsDefault: isDefault })
  })

  it.each([
    ['outage.example', /not a URL/],
    ['javascript:alert(1)', /must start with https:\/\//],
    ['ftp://outage.example', /must start with https:\/\//],
    ['https://outage.example/chronicle', /put the folder in BASE_PATH \(BASE_PATH=\/chronicle\)/],
    ['https://outage.example/?a=1', /no user, query or fragment/],
    ['https://user@outage.example', /no user, query or fragment/],
  ])('refuses %s, naming the variable and the fix', (value, reason) => {
    expect(() => readSiteConfig({ SITE_ORIGIN: value })).toThrow(SiteConfigError)
    expect(() => readSiteConfig({ SITE_ORIGIN: value })).toThrow(/^SITE_ORIGIN="/)
    expect(() => readSiteConfig({ SITE_ORIGIN: value })).toThrow(reason)
  })
})

describe('BASE_PATH', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['/', ''],
    ['/chronicle', '/chronicle'],
    ['/chronicle/', '/chronicle'],
    ['/a/b-c_d.e', '/a/b-c_d.e'],
  ])('%s → "%s"', (value, base) => {
    expect(readBasePath(value)).toBe(base)
  })

  it.each(['chronicle', '/a//b', '/a/../b', '/a b', '/한글', '/a?x=1', '/a#x'])('refuses %s', (value) => {
    expect(() => readBasePath(value)).toThrow(/^BASE_PATH="/)
  })
})

describe('absolute addresses', () => {
  it('put the origin before a site path', () => {
    expect(absoluteUrl({ origin: 'https://o.example' }, '/chronicle/incidents/x/')).toBe(
      'https://o.example/chronicle/incidents/x/',
    )
    expect(() => absoluteUrl({ origin: 'https://o.example' }, 'incidents/x/')).toThrow(/not a site path/)
  })

  it('a build without SITE_ORIGIN is warned about, one with it is not', () => {
    expect(missingOriginWarning(readSiteConfig({}))).toMatch(/SITE_ORIGIN is not set.*localhost:3000/)
    expect(missingOriginWarning(readSiteConfig({ SITE_ORIGIN: 'https://o.example' }))).toBeUndefined()
  })
})

describe('a build under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  async function withSite(origin: string, base: string) {
    vi.stubEnv('SITE_ORIGIN', origin)
    vi.stubEnv('BASE_PATH', base)
    vi.resetModules()
    return {
      env: await import('@/lib/site/env'),
      lang: await import('@/lib/i18n/lang'),
      oembed: await import('@/lib/embed/oembed'),
      snippets: await import('@/lib/embed/snippets'),
      options: await import('@/lib/embed/options'),
    }
  }

  it('links every page, data file and snippet under the base path', async () => {
    const { env, lang, oembed, snippets, options } = await withSite('https://o.example', '/chronicle/')
    expect(env.BASE_PATH).toBe('/chronicle')
    expect(lang.pagePath('ko', '')).toBe('/chronicle/')
    expect(lang.incidentPath('x', 'en')).toBe('/chronicle/en/incidents/x/')
    expect(env.sitePath('/data/timeline.json')).toBe('/chronicle/data/timeline.json')
    expect(env.siteUrl('/sitemap.xml')).toBe('https://o.example/chronicle/sitemap.xml')
    const o = oembed.buildOEmbed('x', 'X', 'en', env.SITE.origin)
    expect(o.provider_url).toBe('https://o.example/chronicle/en/')
    expect(o.html).toContain('src="https://o.example/chronicle/embed/timeline/?incident=x&amp;lang=en')
    const opts = { ...options.DEFAULT_OPTIONS, incident: '2020-01-02-x' }
    expect(snippets.scriptSnippet(env.SITE.origin, opts)).toContain('src="https://o.example/chronicle/embed.js"')
    expect(snippets.iframeSnippet(env.SITE.origin, opts)).toContain('src="https://o.example/chronicle/embed/timeline/')
  })

  it('stops on a malformed value when the configuration is read', async () => {
    await expect(withSite('https://o.example/chronicle', '')).rejects.toThrow(/BASE_PATH=\/chronicle/)
  })
})
