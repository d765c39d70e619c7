/**
 * The relevance set: a query as a reader would type it, and the record it must find (its id).
 * Korean and English; substrings, 초성, half-typed syllables, English-layout typing, typos,
 * romanizations and aliases.
 */
export interface RelevanceCase {
  query: string
  expect: string
  why: string
}

const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const AHYEON = '2018-11-24-kt-ahyeon-fire'
const GASAN = '2012-04-28-lg-cns-gasan-power-failure'
const NIRS = '2025-09-26-nirs-battery-fire'

export const RELEVANCE_CASES: RelevanceCase[] = [
  { query: '카카오', expect: 'kakao', why: 'exact name' },
  { query: '카카오톡', expect: 'kakaotalk', why: 'exact name' },
  { query: '판교 데이터센터 화재', expect: PANGYO, why: 'title words' },
  { query: '아현', expect: AHYEON, why: 'substring of 아현국사' },
  { query: '국사', expect: 'kt-ahyeon-office', why: 'end of a compound' },
  { query: '센터 화재', expect: PANGYO, why: '센터 inside 데이터센터' },
  { query: '통신구 화재', expect: AHYEON, why: 'title words' },
  { query: 'ㅋㅋㅇ', expect: 'kakao', why: '초성' },
  { query: 'ㅋㅋㅇㅌ', expect: 'kakaotalk', why: '초성' },
  { query: 'ㅇㅎ ㅎㅈ', expect: AHYEON, why: '초성, two words' },
  { query: 'ㅍㄱ ㄷㅇㅌㅅㅌ', expect: PANGYO, why: '초성, two words' },
  { query: '카카ㅇ', expect: 'kakao', why: 'half-typed last syllable' },
  { query: '판교 데이터센', expect: PANGYO, why: 'half-typed last word' },
  { query: '아현국', expect: 'kt-ahyeon-office', why: 'half-typed word' },
  { query: 'zkzkdhxhr', expect: 'kakaotalk', why: '카카오톡 typed in English layout' },
  { query: 'vksry ghkwo', expect: PANGYO, why: '판교 화재 typed in English layout' },
  { query: 'dkgus', expect: AHYEON, why: '아현 typed in English layout' },
  { query: '데이타센타 화재', expect: PANGYO, why: 'typo 데이타센타' },
  { query: '판교 화제', expect: PANGYO, why: 'typo 화제 for 화재' },
  { query: '아현 화제', expect: AHYEON, why: 'typo 화제 for 화재' },
  { query: '카카우톡', expect: 'kakaotalk', why: 'typo in a vowel' },
  { query: 'Ahyeon', expect: AHYEON, why: 'romanization' },
  { query: 'Ahyun', expect: AHYEON, why: 'other romanization' },
  { query: 'Ajou', expect: AHYEON, why: 'old romanization (아주)' },
  { query: 'Pangyo', expect: PANGYO, why: 'romanization' },
  { query: 'SK C&C', expect: 'sk-cc', why: 'company name with &' },
  { query: 'SK C&C Pangyo fire', expect: PANGYO, why: 'English words' },
  { query: 'KakaoTalk', expect: 'kakaotalk', why: 'English name' },
  { query: 'Kakao', expect: 'kakao', why: 'English name' },
  { query: 'Gasan power failure', expect: GASAN, why: 'English title words' },
  { query: 'LG CNS 가산', expect: GASAN, why: 'mixed scripts' },
  { query: 'Gyeongju earthquake', expect: '2016-09-12-gyeongju-earthquake', why: 'English title' },
  { query: '경주 지진', expect: '2016-09-12-gyeongju-earthquake', why: 'Korean title' },
  { query: '포항 지진', expect: '2017-11-15-pohang-earthquake-kakaotalk-delay', why: 'alias' },
  { query: 'lithium-ion battery', expect: 'lithium-ion-battery-fire', why: 'English factor name' },
  { query: '리튬이온 배터리', expect: 'lithium-ion-battery-fire', why: 'Korean factor name' },
  { query: '배터리 화재 국가정보자원관리원', expect: NIRS, why: 'title words' },
  { query: '트래픽 폭증', expect: 'traffic-surge', why: 'factor name' },
  { query: 'traffic surge', expect: 'traffic-surge', why: 'English factor name' },
  { query: '넷플릭스법', expect: 'policy-2020-netflix-law-tba-22-7', why: 'policy nickname' },
  { query: 'Netflix law', expect: 'policy-2020-netflix-law-tba-22-7', why: 'English policy nickname' },
  { query: '카카오 먹통 방지법', expect: 'policy-2022-kakao-outage-prevention-acts', why: 'policy nickname' },
  { query: '우회 경로', expect: 'missing-bypass-routes', why: 'factor name' },
  { query: 'bypass routes', expect: 'missing-bypass-routes', why: 'English factor name' },
  { query: '카카오맵', expect: 'kakao-map', why: 'service name' },
  { query: '네이버', expect: 'naver', why: 'company name' },
  { query: 'Naver', expect: 'naver', why: 'English company name' },
  { query: '과학기술정보통신부', expect: 'msit', why: 'ministry name' },
  { query: 'MSIT', expect: 'msit', why: 'English acronym' },
  { query: '로그인', expect: 'login-shared-dependency', why: 'factor name substring' },
]
