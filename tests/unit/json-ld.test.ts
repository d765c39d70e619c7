/** Structured data (lib/site/json-ld.ts): the site, the dataset and each incident, and the safe way into a page. */
import { describe, expect, it } from 'vitest'
import { datasetLd, incidentLd, serializeJsonLd, type SiteLd, websiteLd } from '@/lib/site/json-ld'
import { entity, incident, source, text } from './fixtures/records'

const SITE: SiteLd = {
  home: 'https://o.example/en/',
  lang: 'en',
  name: 'Outage Chronicle',
  alternateName: '장애 연대기',
  description: 'A record',
  searchTemplate: 'https://o.example/en/search/?q={search_term_string}',
  logo: 'https://o.example/icons/icon-512.png',
}

describe('JSON-LD in a page', () => {
  it('can never close the script: <, > and & are escaped, and the JSON still reads the same', () => {
    const evil = { '@type': 'Thing', name: '</script><script>alert(1)</script> & \u2028' }
    const out = serializeJsonLd(evil)
    expect(out).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(out)).toEqual(evil)
  })
})

describe('the site and the dataset', () => {
  it('the site has a search the engines can call', () => {
    expect(websiteLd(SITE)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': 'https://o.example/en/#website',
      url: 'https://o.example/en/',
      inLanguage: 'en',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://o.example/en/search/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
      license: 'https://creativecommons.org/licenses/by/4.0/',
    })
  })

  it('the dataset lists its downloads, licence, coverage and date', () => {
    const d = datasetLd({
      site: SITE,
      url: 'https://o.example/en/data/',
      name: 'Outage Chronicle data',
      description: 'd',
      keywords: ['outage'],
      years: { from: 2010, to: 2025 },
      modified: '2024-05-05',
      downloads: [{ name: 'incidents.csv', url: 'https://o.example/data/incidents.csv', format: 'text/csv' }],
    })
    expect(d).toMatchObject({
      '@type': 'Dataset',
      temporalCoverage: '2010/2025',
      spatialCoverage: { '@type': 'Country', identifier: 'KR' },
      dateModified: '2024-05-05',
      isAccessibleForFree: true,
      distribution: [
        { '@type': 'DataDownload', contentUrl: 'https://o.example/data/incidents.csv', encodingFormat: 'text/csv' },
      ],
    })
  })
})

describe('an incident', () => {
  const inc = incident('2022-10-15-x-fire', '2022-10-15T15:19+09:00', {
    title: text('화재', 'Fire'),
    facility: 'dc',
    operators: ['kakao'],
    services: ['talk'],
  })
  const entities = new Map([
    ['dc', entity('dc', { kind: 'facility', name: text('데이터센터', 'Data center') })],
    ['kakao', entity('kakao', { kind: 'company', name: text('카카오', 'Kakao') })],
    ['talk', entity('talk', { kind: 'service', name: text('카카오톡', 'KakaoTalk') })],
  ])
  const ld = incidentLd({
    incident: inc,
    lang: 'en',
    site: SITE,
    url: 'https://o.example/en/incidents/2022-10-15-x-fire/',
    image: 'https://o.example/share/en/2022-10-15-x-fire.png',
    dates: { added: '2024-01-01', updated: '2024-05-05' },
    entity: (id) => {
      const e = entities.get(id)
      return e ? { entity: e, url: `https://o.example/en/entities/${id}/` } : undefined
    },
    factorNames: ['Battery fire', 'Manual failover'],
    sources: [source('yna-1', { title: 'A headline', url: 'https://news.example/1', date: '2022-10-16' })],
  })

  it('is an article about an event, with its times as written, its place and the organisations it names', () => {
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'Fire',
      datePublished: '2024-01-01',
      dateModified: '2024-05-05',
      isPartOf: { '@id': 'https://o.example/en/#website' },
      keywords: 'Battery fire, Manual failover',
      about: {
        '@type': 'Event',
        name: 'Fire',
        startDate: '2022-10-15T15:19+09:00',
        location: { '@type': 'Place', name: 'Data center', containedInPlace: { identifier: 'KR' } },
      },
      mentions: [
        { '@type': 'Organization', name: 'Kakao', alternateName: '카카오' },
        { '@type': 'Service', name: 'KakaoTalk' },
      ],
    })
  })

  it('cites its sources', () => {
    expect(ld.citation).toEqual([
      {
        '@type': 'NewsArticle',
        name: 'A headline',
        url: 'https://news.example/1',
        publisher: { '@type': 'Organization', name: 'publisher yna-1' },
        datePublished: '2022-10-16',
        inLanguage: 'ko',
      },
    ])
  })
})
