import { describe, expect, it } from 'vitest'
import { hasHangul, isKoreanProse, withoutAsides } from '@/lib/i18n/hangul'

describe('isKoreanProse', () => {
  it.each([
    { text: '카카오톡이 약 2시간 동안 멈췄다.', korean: true },
    { text: 'Analysis 장애는 오후 2시 50분께 시작됐다. (from the Korean analysis)', korean: true },
    { text: '오지은', korean: true },
    { text: 'KakaoTalk was down from 08:58 to 10:17.', korean: false },
    { text: 'Seoul Finance (서울파이낸스), 2022-10-17', korean: false },
    { text: 'The aliases “9·12 지진” and “카톡 먹통 2012” were added for search.', korean: false },
    { text: 'Also known as: “카카오 T”, “카카오택시”, Kakao Taxi', korean: false },
    { text: 'Nested (서울 (서울파이낸스)) names pass', korean: false },
    { text: '“카카오 T”', korean: false },
    { text: '12:00 · 60%', korean: false },
    { text: "Kakao's 카카오톡 카카오톡 카카오톡", korean: true },
  ])('$text → $korean', ({ text, korean }) => {
    expect(isKoreanProse(text)).toBe(korean)
  })

  it('sets aside parenthesized and quoted passages, nested ones included, but not apostrophes', () => {
    expect(withoutAsides('a (b (c) d) e “f” g').replace(/\s+/g, ' ')).toBe('a e g')
    expect(withoutAsides("Kakao's 'x'")).toBe("Kakao's 'x'")
  })

  it('hasHangul sees syllables and jamo', () => {
    expect(hasHangul('카톡')).toBe(true)
    expect(hasHangul('ㅋㅋ')).toBe(true)
    expect(hasHangul('KakaoTalk')).toBe(false)
  })
})
