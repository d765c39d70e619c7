import type { DataDoc } from '@/lib/data-docs/catalog'
import type { Lang } from '@/lib/i18n/lang'
import { fileLinks } from '@/lib/site/page-data'
import { sitePath } from '@/lib/site/env'
import { FieldTable } from './field-table'

const WORDS = {
  format: { ko: '형식', en: 'Format' },
  files: { ko: '파일', en: 'Files' },
  schema: { ko: 'JSON 스키마', en: 'JSON Schema' },
  fields: { ko: '필드', en: 'Fields' },
  columns: { ko: '열', en: 'Columns' },
} as const

/** One kind of download: what it is, its format, its files, its schema and its fields. */
export function DataDocEntry({ doc, lang, example }: { doc: DataDoc; lang: Lang; example: string | undefined }) {
  const fieldWord = doc.mediaType === 'text/csv' ? WORDS.columns[lang] : WORDS.fields[lang]
  return (
    <section id={doc.id} aria-labelledby={`${doc.id}-h`} className="data-doc">
      <h3 id={`${doc.id}-h`}>{doc.title[lang]}</h3>
      <p>{doc.description[lang]}</p>
      <dl>
        <dt>{WORDS.format[lang]}</dt>
        <dd>
          {doc.format} (<code>{doc.mediaType}</code>)
        </dd>
        <dt>{WORDS.files[lang]}</dt>
        <dd>
          <ul>
            {fileLinks(doc, example).map((f) => (
              <li key={f.label}>{f.href ? <a href={f.href}>{f.label}</a> : <code>{f.label}</code>}</li>
            ))}
          </ul>
        </dd>
        {doc.schema && (
          <>
            <dt>{WORDS.schema[lang]}</dt>
            <dd>
              <a href={sitePath(doc.schema.path)}>{doc.schema.path}</a>
            </dd>
          </>
        )}
      </dl>
      {doc.fields.length > 0 && (
        <details>
          <summary>
            {fieldWord} ({doc.fields.length})
          </summary>
          <FieldTable fields={doc.fields} lang={lang} />
        </details>
      )}
    </section>
  )
}
