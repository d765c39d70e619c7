/** Numbered citation links for a fact: [3][7]. Numbers come from the incident's source list. */
export function Citations({ ids, numbers }: { ids: readonly string[]; numbers: ReadonlyMap<string, number> }) {
  return (
    <sup className="cite">
      {ids.map((id) => (
        <a key={id} href={`#source-${id}`}>
          [{numbers.get(id) ?? '?'}]
        </a>
      ))}
    </sup>
  )
}
