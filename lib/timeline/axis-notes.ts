/**
 * The time axis's longer texts (its help and the notes under it), in both languages: only the server
 * markup (components/timeline/time-axis.tsx) and the embed's (components/timeline/axis/markup.ts)
 * read them, so the island, which reads lib/timeline/axis-messages.ts, does not carry them.
 */
import type { Lang } from '../i18n/lang'

const NOTES = {
  help: {
    ko: '시간축은 Tab 한 번으로 들어가며, ←/→ 키로 앞뒤 표시로 옮깁니다. +/− 키나 버튼, 마우스 휠, 두 손가락, 빈 곳 두 번 누르기로 확대·축소하고, 끌거나 Shift+←/→ 키로 시간을 옮깁니다. 0 키는 전체 보기. 표시에 초점을 두면 요약이, Enter를 누르면 기록이 열립니다. 아래 목록이 같은 내용의 글 판입니다.',
    en: 'The axis is one Tab stop: ← and → move to the previous or next mark. Zoom with the + and − keys or buttons, the mouse wheel, two fingers or a double click on the background; pan by dragging or with Shift+← and →; 0 shows everything. Focus a mark for its summary, press Enter to open its record. The list below holds the same items as text.',
  },
  helpAlone: {
    ko: '+/− 키나 버튼, 마우스 휠, 두 손가락으로 확대·축소하고, 끌거나 Shift+←/→ 키로 시간을 옮깁니다. 0 키는 전체 보기. 시간축 안에서 ←/→ 키는 앞뒤 표시로 옮기고, Enter를 누르면 그 기록이 새 탭에서 열립니다.',
    en: 'Zoom with the + and − keys or buttons, the mouse wheel or two fingers; pan by dragging or with Shift+← and →; 0 shows everything. Inside the axis, ← and → move to the previous or next mark, and Enter opens its record in a new tab.',
  },
  scale: {
    ko: '막대 길이는 장애가 이어진 시간입니다(진한 부분: 가장 이르게 끝났을 수 있는 때까지, 옅은 부분: 가장 늦게 끝났을 수 있는 때까지). 너무 짧아 보이지 않는 막대는 최소 4픽셀로 그립니다. 날짜나 달만 알려진 항목은 그 날·달 전체의 폭으로 그립니다.',
    en: 'A bar’s length is how long the incident lasted (dark: to the earliest it can have ended; light: to the latest). Bars too short to see are drawn 4 pixels wide. Items known only to the day or month span that whole day or month.',
  },
  events: {
    ko: '하루 남짓까지 확대하면 장애의 모든 사건이 시작으로부터의 시간(T+)과 함께 보입니다.',
    en: 'Zoom in to a few days or less to see every event of an incident, with its time from the start (T+).',
  },
  laneNote: {
    ko: '기업·시설·요인별로 나누면 가장 많이 나오는 여섯 개가 한 줄씩, 나머지는 ‘그 밖’ 줄에 갑니다. 여러 줄에 해당하는 항목은 위쪽 줄에 그립니다.',
    en: 'By company, facility or factor, the six most frequent get a lane each and the rest share “Other”; an item that belongs in several lanes is drawn in the topmost.',
  },
  commitments: {
    ko: '흰 동그라미는 장애 뒤에 나온 약속입니다. 뒤의 장애가 그 약속이 어떻게 되었는지 보여 주었으면 점선으로 그 장애와 잇고, 약속의 이름에 그 장애를 적습니다.',
    en: 'White circles are promises made after an incident. Where a later incident showed what became of one, a dotted line joins the two, and the promise’s name says which incident.',
  },
} as const

export type AxisNote = keyof typeof NOTES

export function axisNote(key: AxisNote, lang: Lang): string {
  return NOTES[key][lang]
}
