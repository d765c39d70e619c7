import { FilterSelect } from '@/components/timeline/filter-select'
import { DEFAULT_OPTIONS, embedPath, type EmbedOptions } from '@/lib/embed/options'
import { iframeSnippet, IFRAME_HEIGHT, scriptSnippet } from '@/lib/embed/snippets'
import type { Lang } from '@/lib/i18n/lang'
import { sitePath } from '@/lib/site/env'
import { emsg } from '@/lib/embed/messages'
import type { Option } from '@/lib/timeline/options'

export interface BuilderChoices {
  incidents: Option[]
  entities: Option[]
  factors: Option[]
  years: Option[]
}

/**
 * Choose the options, see the live preview, copy either snippet (island `embed-builder`). The
 * server renders the form, the preview and the snippets for the default options; the island
 * keeps them in step with the form and puts the site's address into the snippets.
 */
export function EmbedBuilder({ lang, choices }: { lang: Lang; choices: BuilderChoices }) {
  const options: EmbedOptions = { ...DEFAULT_OPTIONS, lang }
  const select = (key: 'incident' | 'entity' | 'factor' | 'from' | 'to', list: Option[]) => (
    <FilterSelect id={`embed-${key}`} label={emsg(key, lang)} anyLabel={emsg('any', lang)} options={list} />
  )
  return (
    <div className="embed-builder" data-island="embed-builder" data-lang={lang}>
      <form className="filter-form embed-options" aria-label={emsg('options', lang)}>
        {select('incident', choices.incidents)}
        {select('entity', choices.entities)}
        {select('factor', choices.factors)}
        {select('from', choices.years)}
        {select('to', choices.years)}
        <div className="filter-field">
          <label htmlFor="embed-view">{emsg('view', lang)}</label>
          <select id="embed-view" defaultValue={options.view}>
            <option value="list">{emsg('viewList', lang)}</option>
            <option value="axis">{emsg('viewAxis', lang)}</option>
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="embed-lang">{emsg('lang', lang)}</label>
          <select id="embed-lang" defaultValue={options.lang}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="embed-theme">{emsg('theme', lang)}</label>
          <select id="embed-theme" defaultValue={options.theme}>
            <option value="auto">{emsg('themeAuto', lang)}</option>
            <option value="light">{emsg('themeLight', lang)}</option>
            <option value="dark">{emsg('themeDark', lang)}</option>
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
          />
        </div>
        <div className="filter-field embed-check">
          <label>
            <input id="embed-compact" type="checkbox" /> {emsg('compact', lang)}
          </label>
        </div>
      </form>
      <h2>{emsg('preview', lang)}</h2>
      <iframe
        className="embed-preview"
        src={sitePath(embedPath(options))}
        title={`${emsg('preview', lang)}: ${emsg('widgetTitle', lang)}`}
        height={IFRAME_HEIGHT}
      />
      <h2 id="embed-iframe-code">{emsg('iframeCode', lang)}</h2>
      <textarea
        className="embed-code"
        readOnly
        defaultValue={iframeSnippet('', options)}
        rows={3}
        aria-labelledby="embed-iframe-code"
        data-snippet="iframe"
      />
      <button type="button" className="clear-filters" data-copy="iframe">
        {emsg('copy', lang)}
      </button>
      <h2 id="embed-script-code">{emsg('scriptCode', lang)}</h2>
      <textarea
        className="embed-code"
        readOnly
        defaultValue={scriptSnippet('', options)}
        rows={3}
        aria-labelledby="embed-script-code"
        data-snippet="script"
      />
      <button type="button" className="clear-filters" data-copy="script">
        {emsg('copy', lang)}
      </button>
      <p role="status" className="embed-copied" />
    </div>
  )
}
