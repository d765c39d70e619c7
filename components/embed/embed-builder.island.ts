/**
 * Island `embed-builder` (markup: embed-builder.tsx). Every change of the form goes through the
 * parser the embed page itself uses, so the preview and the snippets only ever hold valid values;
 * the snippets get the site's own address; the copy buttons put a snippet on the clipboard.
 */
import { embedPath, type EmbedOptions, parseEmbedOptions, serializeEmbedOptions } from '@/lib/embed/options'
import { IFRAME_HEIGHT, iframeSnippet, scriptSnippet } from '@/lib/embed/snippets'
import { emsg } from '@/lib/embed/messages'
import { langOf, part, Teardown } from '../islands/dom'

const SELECTS = ['incident', 'entity', 'factor', 'from', 'to', 'view', 'lang', 'theme'] as const

export function mount(root: HTMLElement): () => void {
  const lang = langOf(root)
  const form = part(root, 'form.embed-options', HTMLFormElement)
  const select = (key: (typeof SELECTS)[number]) => part(form, `#embed-${key}`, HTMLSelectElement)
  const selects = SELECTS.map((key) => ({ key, control: select(key) }))
  const height = part(form, '#embed-height', HTMLInputElement)
  const compact = part(form, '#embed-compact', HTMLInputElement)
  const preview = part(root, 'iframe.embed-preview', HTMLIFrameElement)
  const snippets = {
    iframe: part(root, 'textarea[data-snippet="iframe"]', HTMLTextAreaElement),
    script: part(root, 'textarea[data-snippet="script"]', HTMLTextAreaElement),
  }
  const copyButtons = {
    iframe: part(root, 'button[data-copy="iframe"]', HTMLButtonElement),
    script: part(root, 'button[data-copy="script"]', HTMLButtonElement),
  }
  const copied = part(root, '.embed-copied', HTMLParagraphElement)
  const origin = window.location.origin
  const server = { src: preview.getAttribute('src'), height: preview.getAttribute('height') }
  const teardown = new Teardown()

  // The form as the reader left it (a reload keeps form values), then what the builder's own
  // address asks for (an incident page links here with ?incident=<id>), read by the embed page's parser.
  const fromForm = new URLSearchParams()
  for (const { key, control } of selects) if (control.value !== '') fromForm.set(key, control.value)
  if (height.value !== '') fromForm.set('height', height.value)
  if (compact.checked) fromForm.set('compact', '1')
  for (const [key, value] of new URLSearchParams(window.location.search)) fromForm.set(key, value)
  let options: EmbedOptions = parseEmbedOptions(fromForm).options
  // The list names the most severe incidents only; an incident asked for by id joins it.
  const incidentSelect = select('incident')
  const asked = options.incident
  const joined =
    asked !== undefined && ![...incidentSelect.options].some((o) => o.value === asked)
      ? new Option(asked, asked)
      : undefined
  if (joined) incidentSelect.add(joined)

  const render = () => {
    for (const { key, control } of selects) control.value = String(options[key] ?? '')
    compact.checked = options.compact
    const src = embedPath(options)
    if (preview.getAttribute('src') !== src) preview.src = src
    preview.height = String(options.height ?? IFRAME_HEIGHT)
    snippets.iframe.value = iframeSnippet(origin, options)
    snippets.script.value = scriptSnippet(origin, options)
  }

  const set = (key: keyof EmbedOptions, value: string) => {
    const q = new URLSearchParams(serializeEmbedOptions(options))
    if (value === '') q.delete(key)
    else q.set(key, value)
    options = parseEmbedOptions(q).options
    copied.textContent = ''
    render()
  }

  const copy = async (which: 'iframe' | 'script') => {
    try {
      await navigator.clipboard.writeText(snippets[which].value)
      copied.textContent = emsg('copied', lang)
    } catch {
      copied.textContent = ''
    }
  }

  teardown.on(form, 'submit', (e) => e.preventDefault())
  for (const { key, control } of selects) teardown.on(control, 'change', () => set(key, control.value))
  teardown.on(height, 'input', () => set('height', height.value))
  teardown.on(compact, 'change', () => set('compact', compact.checked ? '1' : ''))
  for (const which of ['iframe', 'script'] as const) teardown.on(copyButtons[which], 'click', () => void copy(which))
  teardown.add(() => {
    for (const textarea of Object.values(snippets)) textarea.value = textarea.defaultValue
    copied.textContent = ''
    if (server.src !== null && preview.getAttribute('src') !== server.src) preview.src = server.src
    if (server.height !== null) preview.height = server.height
    joined?.remove()
  })

  render()
  return teardown.run
}
