/**
 * A deterministic synthetic Korean corpus for the search benchmark: records with titles, aliases,
 * summaries and bodies built from outage vocabulary, particles and pseudo-words, and two planted
 * records (Pangyo, Ahyeon) that real queries should find.
 */
import type { SearchDoc } from '../lib/search/documents'

let seed = 42
const rand = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
  return seed / 2 ** 32
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
const WORDS = [
  '카카오',
  '카카오톡',
  '판교',
  '데이터센터',
  '화재',
  '장애',
  '먹통',
  '통신',
  '서버',
  '복구',
  '이중화',
  '배터리',
  '전원',
  '네트워크',
  '정부',
  '과기정통부',
  '방송통신',
  '재난',
  '대응',
  '이용자',
  '메시지',
  '지연',
  '인증',
  '로그인',
  '지진',
  '트래픽',
  '폭증',
  '운영',
  '설비',
  '케이블',
  '아현',
  '국사',
  '통신구',
  '소방',
  '점검',
  '보상',
  '사과',
  '발표',
  '조사',
  '원인',
  '시스템',
  '클라우드',
  '백업',
  '분산',
  '사업자',
  '서비스',
]
const PARTICLES = ['', '', '이', '가', '을', '를', '은', '는', '에서', '으로', '의', '와', '도']
const SYL = Array.from(
  '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히',
)
const pseudo = Array.from({ length: 3000 }, () =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYL)).join(''),
)
const word = () => (rand() < 0.35 ? pick(WORDS) : pick(pseudo)) + pick(PARTICLES)
const sentence = (n: number) => `${Array.from({ length: n }, word).join(' ')}.`
const text = (chars: number) => {
  let s = ''
  while (s.length < chars) s += `${sentence(6 + Math.floor(rand() * 8))} `
  return s.trim()
}

export function syntheticDocs(count: number): SearchDoc[] {
  const docs: SearchDoc[] = []
  for (let i = 0; i < count; i += 1) {
    const title =
      i === 4321
        ? '카카오 판교 데이터센터 화재'
        : i === 8765
          ? 'KT 아현국사 통신구 화재'
          : Array.from({ length: 3 + Math.floor(rand() * 3) }, () => (rand() < 0.5 ? pick(WORDS) : pick(pseudo))).join(
              ' ',
            )
    const year = 2000 + Math.floor(rand() * 26)
    const date = `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`
    docs.push({
      id: `doc-${i}`,
      type: pick(['incident', 'event', 'entity', 'policy', 'factor', 'source'] as const),
      title: { ko: title, en: `Synthetic record ${i}` },
      url: { ko: `/x/${i}/`, en: `/en/x/${i}/` },
      date,
      dates: [date],
      factors: rand() < 0.3 ? [`factor-${Math.floor(rand() * 20)}`] : [],
      aliases: rand() < 0.3 ? [pick(pseudo)] : [],
      summary: { ko: text(200), en: 'A synthetic summary for the benchmark.' },
      body: { ko: text(1800), en: '' },
    })
  }
  return docs
}
