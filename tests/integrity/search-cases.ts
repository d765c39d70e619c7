/**
 * The relevance set: a query as a reader would type it, and the record it must find (its id), or
 * the records any of which answers it. Korean and English; substrings, 초성, half-typed syllables,
 * English-layout typing, typos, romanizations and aliases; plain questions as readers ask them
 * (not as the records are worded), thesaurus words, dates and figures.
 */
export interface RelevanceCase {
  query: string
  expect: string | string[]
  why: string
  /** A plain question as a reader asks it, not worded like the record. */
  plain?: true
  /** About an incident (or its records) other than Kakao's. */
  beyondKakao?: true
}

const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const AHYEON = '2018-11-24-kt-ahyeon-fire'
const GASAN = '2012-04-28-lg-cns-gasan-power-failure'
const NIRS = '2025-09-26-nirs-battery-fire'
const GYEONGJU = '2016-09-12-gyeongju-earthquake'
const POHANG = '2017-11-15-pohang-earthquake-kakaotalk-delay'
const NEW_YEAR = ['2017-01-01-kakaotalk-new-year-delay', '2020-01-01-kakaotalk-new-year-errors']
const OUTAGE_ACTS = 'policy-2022-kakao-outage-prevention-acts'
const GOV_2023 = '2023-11-17-govt-admin-network-outage-saeol-gpki'
const KT_2021 = '2021-10-25-kt-nationwide-routing-outage'
const KT_2023 = '2023-01-02-kt-busan-dns-switch-failure'
const KT_2024 = '2024-08-10-kt-landline-outage'
const NONGHYUP = '2011-04-12-nonghyup-it-outage'
const SAMSUNG_SDS = '2014-04-20-samsung-sds-gwacheon-datacenter-fire'
const AWS_2018 = '2018-11-22-aws-seoul-region-dns-outage'
const AWS_2022 = '2022-02-06-aws-seoul-az-outage'
const CROWDSTRIKE = '2024-07-19-crowdstrike-ms-outage-korea'
const SKT_2018 = '2018-04-06-skt-lte-voice-sms-outage'
const SKT_2014 = '2014-03-20-skt-hlr-outage'

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

  // Plain questions, as readers ask them.
  { query: '2022년 카카오 먹통 원인', expect: PANGYO, why: 'year, nickname, question word', plain: true },
  { query: '데이터센터에 불 나서 카톡 멈춘 사건', expect: PANGYO, why: 'particles, 불 for 화재, 카톡', plain: true },
  { query: '판교 데이터센터 불 언제 났어', expect: PANGYO, why: 'question, 불 for 화재', plain: true },
  { query: '카카오 먹통 보상은 얼마였나', expect: PANGYO, why: 'compensation question', plain: true },
  { query: '카카오 서비스 복구에 며칠 걸렸나', expect: PANGYO, why: 'recovery question', plain: true },
  { query: '카카오 127시간 장애', expect: PANGYO, why: 'a duration as a figure', plain: true },
  { query: '2012년 카톡 정전', expect: GASAN, why: '정전 → 전원 장애, 카톡 → 카카오톡', plain: true },
  { query: '카톡이 4시간 멈춘 정전 사고', expect: GASAN, why: 'figure, synonyms, particles', plain: true },
  {
    query: 'KT 통신구 불 나서 인터넷 끊긴 일',
    expect: AHYEON,
    why: 'plain telling',
    plain: true,
    beyondKakao: true,
  },
  {
    query: '아현 화재 때 카드 결제 안 됨',
    expect: AHYEON,
    why: 'an effect readers remember',
    plain: true,
    beyondKakao: true,
  },
  { query: '2018년 KT 화재', expect: AHYEON, why: 'year and company', plain: true, beyondKakao: true },
  { query: 'KT 불 나서 휴대폰 안 터진 날', expect: AHYEON, why: 'plain telling', plain: true, beyondKakao: true },
  { query: '서울 서북부 통신 마비', expect: AHYEON, why: 'region and effect', beyondKakao: true },
  {
    query: '정부 전산망 마비 원인',
    expect: [NIRS, GOV_2023],
    why: 'question about the cause',
    plain: true,
    beyondKakao: true,
  },
  {
    query: '국정자원 화재 복구는 언제 끝났나',
    expect: NIRS,
    why: 'short name, question',
    plain: true,
    beyondKakao: true,
  },
  {
    query: '대전 정부 데이터센터 배터리 불',
    expect: NIRS,
    why: 'place and cause in plain words',
    plain: true,
    beyondKakao: true,
  },
  { query: '2025년 행정망 마비', expect: NIRS, why: '행정망 → 정부 전산망', plain: true, beyondKakao: true },
  {
    query: '배터리 옮기다 불 난 사고',
    expect: [NIRS, 'live-battery-work'],
    why: 'what happened, told plainly',
    plain: true,
    beyondKakao: true,
  },
  {
    query: '정부24 먹통',
    expect: [NIRS, GOV_2023, 'government24'],
    why: 'a service and 먹통',
    plain: true,
    beyondKakao: true,
  },
  { query: '지진 나서 카톡 안 됐던 때', expect: [GYEONGJU, POHANG], why: 'earthquake, plain', plain: true },
  { query: '경주 지진 카톡 먹통', expect: GYEONGJU, why: '카톡, 먹통 → 불통', plain: true },
  { query: '새해 인사 카톡 늦게 감', expect: NEW_YEAR, why: 'new year delay, plain', plain: true },
  { query: '어린이날 카톡 오류', expect: '2021-05-05-kakaotalk-system-error', why: 'holiday name', plain: true },
  { query: '방역패스 QR 안 찍힘', expect: '2021-12-13-covid-qr-checkin-overload', why: 'plain telling', plain: true },
  {
    query: 'PC 카톡 로그인 안 됨',
    expect: '2020-07-13-kakaotalk-pc-login-failure',
    why: '카톡 → 카카오톡',
    plain: true,
  },
  {
    query: '카톡 사진 전송 안 됨',
    expect: '2021-07-16-kakaotalk-image-sending-failure',
    why: 'plain telling',
    plain: true,
  },
  { query: '다음 로그인 안 되던 날', expect: '2022-09-15-daum-gift-login-failure', why: 'plain telling', plain: true },
  { query: '카카오 먹통 방지법이 뭐야', expect: OUTAGE_ACTS, why: 'question about a law', plain: true },
  {
    query: 'KT 화재 뒤 통신 재난 대책',
    expect: 'policy-2018-12-27-telecom-disaster-prevention-measures',
    why: 'measures after Ahyeon',
    plain: true,
    beyondKakao: true,
  },
  {
    query: '정부 재해복구 계획',
    expect: 'policy-2025-12-government-dr-and-datacenter-safety',
    why: 'DR plan after NIRS',
    plain: true,
    beyondKakao: true,
  },
  { query: 'UPS 배터리 불 난 곳', expect: [NIRS, PANGYO], why: 'plain telling', plain: true },
  { query: 'why did kakaotalk go down in 2022', expect: PANGYO, why: 'English question', plain: true },
  { query: 'kakao outage compensation', expect: PANGYO, why: 'English, plain', plain: true },
  { query: 'korea government data center fire', expect: NIRS, why: 'English, plain', plain: true, beyondKakao: true },
  { query: 'KT fire internet outage seoul', expect: AHYEON, why: 'English, plain', plain: true, beyondKakao: true },
  { query: 'kakaotalk power outage 2012', expect: GASAN, why: 'English, power outage → power failure', plain: true },
  { query: 'earthquake kakaotalk delay', expect: [GYEONGJU, POHANG], why: 'English, plain', plain: true },

  // Thesaurus, dates and figures.
  { query: '정전', expect: GASAN, why: '정전 → 전원 장애 (the record never says 정전)' },
  { query: '방발법', expect: OUTAGE_ACTS, why: 'short name of 방송통신발전기본법' },
  { query: '행정망 마비', expect: [NIRS, GOV_2023], why: '행정망 → 행정전산망', beyondKakao: true },
  { query: '과기부', expect: 'msit', why: 'short name', beyondKakao: true },
  { query: '국정자원', expect: ['nirs', NIRS], why: 'short name', beyondKakao: true },
  { query: 'IDC 화재', expect: PANGYO, why: 'IDC → 데이터센터' },
  { query: '카카오 택시', expect: 'kakao-t', why: '카카오 택시 → 카카오T' },
  { query: '2018년 11월 24일', expect: AHYEON, why: 'a date in Korean', beyondKakao: true },
  { query: '10월 15일 화재', expect: PANGYO, why: 'month and day' },
  { query: 'October 2022 fire', expect: PANGYO, why: 'a month in English' },
  { query: '2025년 9월 화재', expect: NIRS, why: 'year and month', beyondKakao: true },
  { query: '2012년 4월 카카오톡', expect: GASAN, why: 'year and month' },
  { query: '44시간', expect: ['kakao-pay', 'kakao-pay-service', PANGYO], why: "Kakao Pay's 44 hours, a figure" },
  {
    query: '2020년 3월 카톡 장애',
    expect: ['2020-03-02-kakaotalk-network-outage', '2020-03-17-kakaotalk-network-error'],
    why: 'year, month, 카톡',
  },
  // The other outages of the record: telecoms, clouds, banks, a vendor update.
  { query: 'KT 라우팅 오류로 전국 인터넷 먹통', expect: KT_2021, why: 'plain telling', plain: true, beyondKakao: true },
  { query: '2021년 KT 디도스', expect: KT_2021, why: 'the DDoS first blamed, 디도스 → DDoS', beyondKakao: true },
  { query: '농협 전산망 해킹', expect: NONGHYUP, why: 'plain telling', plain: true, beyondKakao: true },
  { query: '2011년 농협 사태', expect: NONGHYUP, why: 'year and name', beyondKakao: true },
  { query: '삼성SDS 과천 화재', expect: SAMSUNG_SDS, why: 'company, place, cause', beyondKakao: true },
  {
    query: '화재로 삼성카드 결제 안 됨',
    expect: SAMSUNG_SDS,
    why: 'an effect readers remember',
    plain: true,
    beyondKakao: true,
  },
  { query: 'AWS 서울 리전 장애', expect: [AWS_2018, AWS_2022], why: 'two AWS Seoul outages', beyondKakao: true },
  { query: '2018년 AWS DNS 장애', expect: AWS_2018, why: 'year and cause', beyondKakao: true },
  { query: '크라우드스트라이크 대란', expect: CROWDSTRIKE, why: 'the name in Hangul', beyondKakao: true },
  { query: '윈도우 블루스크린 공항', expect: CROWDSTRIKE, why: 'what readers saw', plain: true, beyondKakao: true },
  { query: 'SKT LTE 통화 장애', expect: SKT_2018, why: 'company and service', beyondKakao: true },
  {
    query: 'SK텔레콤 가입자 인증 장애',
    expect: SKT_2014,
    why: 'what failed, told plainly',
    plain: true,
    beyondKakao: true,
  },
  { query: 'KT 유선전화 10시간 불통', expect: KT_2024, why: 'a duration as a figure', plain: true, beyondKakao: true },
  { query: 'KT 부산 DNS 장비', expect: KT_2023, why: 'place and device', beyondKakao: true },
  {
    query: 'CrowdStrike outage Korea airlines',
    expect: CROWDSTRIKE,
    why: 'English, plain',
    plain: true,
    beyondKakao: true,
  },
  { query: 'Nonghyup hacking 2011', expect: NONGHYUP, why: 'English, romanized name', beyondKakao: true },
  { query: '2023년 정부 행정망 마비', expect: GOV_2023, why: 'year and plain name', plain: true, beyondKakao: true },
  {
    query: 'LG유플러스 디도스',
    expect: '2023-01-29-lguplus-ddos-outages',
    why: 'company and attack',
    beyondKakao: true,
  },
  {
    query: '3·20 사이버 테러 방송사 은행',
    expect: '2013-03-20-320-cyberattack-broadcasters-banks',
    why: 'the date as named, victims',
    beyondKakao: true,
  },
  {
    query: '모바일 신분증 먹통',
    expect: '2023-11-24-mobile-id-outage',
    why: 'a service and 먹통',
    plain: true,
    beyondKakao: true,
  },
]
