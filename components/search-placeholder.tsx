import Link from 'next/link'
import { type Lang, sectionPath } from '@/lib/i18n/lang'

/** Stands at /search/ until full-text search lands, pointing to the ways in that exist. */
export function SearchPlaceholder({ lang }: { lang: Lang }) {
  const ko = lang === 'ko'
  return (
    <>
      <h1>{ko ? '검색' : 'Search'}</h1>
      <p>{ko ? '전문 검색은 준비 중이다. 그동안 장애 목록과 타임라인에서 찾아볼 수 있다.' : 'Full-text search is on its way. Meanwhile, browse the incident index or the timeline.'}</p>
      <ul>
        <li><Link href={sectionPath('incidents', lang)}>{ko ? '장애 목록' : 'Incident index'}</Link></li>
        <li><Link href={sectionPath('timeline', lang)}>{ko ? '타임라인' : 'Timeline'}</Link></li>
        <li><Link href={sectionPath('factors', lang)}>{ko ? '원인 요인' : 'Factors'}</Link></li>
      </ul>
    </>
  )
}
