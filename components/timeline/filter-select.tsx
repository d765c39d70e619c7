import type { Option } from '@/lib/timeline/options'

/** A labelled select whose first choice is "any" (the empty value); an island reads and changes it. */
export function FilterSelect({
  id,
  label,
  anyLabel,
  options,
  value,
}: {
  id: string
  label: string
  anyLabel: string
  options: readonly Option[]
  /** The choice selected in the HTML (default: any). */
  value?: string
}) {
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
