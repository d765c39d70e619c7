/**
 * The copy buttons of "Cite this record" (components/incident/cite-record.tsx): each copies the
 * text of the citation it names to the clipboard and says so in the status line. Without
 * JavaScript the buttons stay hidden and the citations can be selected by hand.
 */
const DONE = { ko: '복사했습니다.', en: 'Copied.' } as const
const FAILED = {
  ko: '복사하지 못했습니다. 직접 선택해 복사하세요.',
  en: 'Could not copy: select the text to copy it.',
} as const

export function mount(root: HTMLElement): () => void {
  const lang = root.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'ko'
  const status = root.querySelector('[role="status"]')
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-copy]')]
  const onClick = async (event: Event) => {
    const button = event.currentTarget
    if (!(button instanceof HTMLButtonElement)) return
    const text = document.getElementById(button.dataset.copy ?? '')?.textContent ?? ''
    try {
      await navigator.clipboard.writeText(text)
      if (status) status.textContent = DONE[lang]
    } catch {
      if (status) status.textContent = FAILED[lang]
    }
  }
  for (const b of buttons) {
    b.hidden = false
    b.addEventListener('click', onClick)
  }
  return () => {
    for (const b of buttons) {
      b.removeEventListener('click', onClick)
      b.hidden = true
    }
    if (status) status.textContent = ''
  }
}
