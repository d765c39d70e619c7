import { type Lang, sectionPath } from '@/lib/i18n/lang'
import { smsg } from '@/lib/search/messages'

/**
 * The quick-search dialog (island `quick-search`): the header button or Ctrl/Cmd+K opens it;
 * typing searches (the index loads on the first query); ↑/↓ move through the results, Enter
 * opens one, Esc closes. The server renders the button and the empty dialog; without JavaScript
 * neither is shown (the header's search link remains).
 */
export function QuickSearch({ lang }: { lang: Lang }) {
  return (
    <div className="quick-search-root" data-island="quick-search" data-lang={lang} data-js-only="">
      <button type="button" className="quick-search-button" aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K">
        <span>{smsg('openQuick', lang)}</span> <kbd>Ctrl K</kbd>
      </button>
      <dialog className="quick-search" aria-label={smsg('quickLabel', lang)}>
        <div className="quick-search-box">
          <label htmlFor="quick-q" className="quick-label">
            {smsg('quickLabel', lang)}
          </label>
          <input
            id="quick-q"
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-expanded="false"
            aria-controls="quick-results"
            aria-autocomplete="list"
          />
          <p className="quick-hint" id="quick-hint">
            {smsg('quickHint', lang)}
          </p>
          <p className="quick-status" role="status" />
          <div id="quick-results" role="listbox" aria-label={smsg('results', lang)} className="quick-results" />
          <div className="quick-footer">
            <a href={sectionPath('search', lang)} className="quick-all" hidden>
              {smsg('allResults', lang)}
            </a>
            <button type="button" className="quick-close">
              {smsg('close', lang)}
            </button>
          </div>
        </div>
      </dialog>
    </div>
  )
}
