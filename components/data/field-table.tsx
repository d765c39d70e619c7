import type { FieldRow } from '@/lib/data-docs/schema'
import type { Lang } from '@/lib/i18n/lang'

const HEAD = {
  name: { ko: '필드', en: 'Field' },
  type: { ko: '형식', en: 'Type' },
  what: { ko: '뜻', en: 'Meaning' },
  optional: { ko: '(없을 수 있음)', en: '(may be missing)' },
} as const

/** The fields of a file: name, type, meaning. */
export function FieldTable({ fields, lang }: { fields: readonly FieldRow[]; lang: Lang }) {
  return (
    <div className="table-scroll">
      <table className="field-table">
        <thead>
          <tr>
            <th scope="col">{HEAD.name[lang]}</th>
            <th scope="col">{HEAD.type[lang]}</th>
            <th scope="col">{HEAD.what[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name}>
              <th scope="row">
                <code>{f.name}</code>
              </th>
              <td>
                <code>{f.type}</code>
              </td>
              <td>
                {f.doc[lang]}
                {f.optional && ` ${HEAD.optional[lang]}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
