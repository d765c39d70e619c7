'use client'

import { useEffect, useState } from 'react'
import { FilterSelect } from '@/components/timeline/filter-select'
import {
  DEFAULT_OPTIONS,
  embedPath,
  type EmbedOptions,
  parseEmbedOptions,
  serializeEmbedOptions,
} from '@/lib/embed/options'
import { iframeSnippet, IFRAME_HEIGHT, scriptSnippet } from '@/lib/embed/snippets'
import type { Lang } from '@/lib/i18n/lang'
import { emsg } from '@/lib/embed/messages'
import type { Option } from '@/lib/timeline/options'

export interface BuilderChoices {
  incidents: Option[]
  entities: Option[]
  factors: Option[]
  years: Option[]
}

/** Choose the options, see the live preview, copy either snippet. */
export function EmbedBuilder({
  lang,
  choices,
  initialIncident,
}: {
  lang: Lang
  choices: BuilderChoices
  initialIncident?: string
}) {
  const [options, setOptions] = useState<EmbedOptions>({ ...DEFAULT_OPTIONS, lang, incident: initialIncident })
  const [origin, setOrigin] = useState('')
  const [copied, setCopied] = useState('')
  useEffect(() => {
    setOrigin(window.location.origin)
  }, [])

  // Every change goes through the same parser the embed page uses, so the snippets hold only valid values.
  const set = (key: keyof EmbedOptions, value: string) => {
    const q = new URLSearchParams(serializeEmbedOptions(options))
    if (value === '') q.delete(key)
    else q.set(key, value)
    setOptions(parseEmbedOptions(q).options)
    setCopied('')
  }
  const copy = async (which: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(which)
    } catch {
      setCopied('')
    }
  }
  const iframe = iframeSnippet(origin, options)
  const script = scriptSnippet(origin, options)
  const select = (key: 'incident' | 'entity' | 'factor' | 'from' | 'to', list: Option[]) => (
    <FilterSelect
      id={`embed-${key}`}
      label={emsg(key, lang)}
      value={String(options[key] ?? '')}
      anyLabel={emsg('any', lang)}
      options={list}
      onChange={(v) => set(key, v)}
    />
  )
  const fixed = (values: ReadonlyArray<readonly [string, string]>): Option[] =>
    values.map(([id, label]) => ({ id, label }))

  return (
    <div className="embed-builder">
      <form
        className="filter-form embed-options"
        aria-label={emsg('options', lang)}
        onSubmit={(e) => e.preventDefault()}
      >
        {select('incident', choices.incidents)}
        {select('entity', choices.entities)}
        {select('factor', choices.factors)}
        {select('from', choices.years)}
        {select('to', choices.years)}
        <div className="filter-field">
          <label htmlFor="embed-lang">{emsg('lang', lang)}</label>
          <select id="embed-lang" value={options.lang} onChange={(e) => set('lang', e.currentTarget.value)}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="embed-theme">{emsg('theme', lang)}</label>
          <select id="embed-theme" value={options.theme} onChange={(e) => set('theme', e.currentTarget.value)}>
            {fixed([
              ['auto', emsg('themeAuto', lang)],
              ['light', emsg('themeLight', lang)],
              ['dark', emsg('themeDark', lang)],
            ]).map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="embed-height">{emsg('height', lang)}</label>
          <input
            id="embed-height"
            type="number"
            min={120}
            max={4000}
            step={10}
            inputMode="numeric"
            placeholder={String(IFRAME_HEIGHT)}
            defaultValue={options.height ?? ''}
            onChange={(e) => set('height', e.currentTarget.value)}
          />
        </div>
        <div className="filter-field embed-check">
          <label>
            <input
              type="checkbox"
              checked={options.compact}
              onChange={(e) => set('compact', e.currentTarget.checked ? '1' : '')}
            />{' '}
            {emsg('compact', lang)}
          </label>
        </div>
      </form>
      <h2>{emsg('preview', lang)}</h2>
      <iframe
        className="embed-preview"
        src={embedPath(options)}
        title={`${emsg('preview', lang)}: ${emsg('widgetTitle', lang)}`}
        height={options.height ?? IFRAME_HEIGHT}
      />
      <h2 id="embed-iframe-code">{emsg('iframeCode', lang)}</h2>
      <textarea
        className="embed-code"
        readOnly
        value={iframe}
        rows={3}
        aria-labelledby="embed-iframe-code"
        data-snippet="iframe"
      />
      <button type="button" className="clear-filters" onClick={() => void copy('iframe', iframe)}>
        {emsg('copy', lang)}
      </button>
      <h2 id="embed-script-code">{emsg('scriptCode', lang)}</h2>
      <textarea
        className="embed-code"
        readOnly
        value={script}
        rows={3}
        aria-labelledby="embed-script-code"
        data-snippet="script"
      />
      <button type="button" className="clear-filters" onClick={() => void copy('script', script)}>
        {emsg('copy', lang)}
      </button>
      <p role="status" className="embed-copied">
        {copied ? emsg('copied', lang) : ''}
      </p>
    </div>
  )
}
