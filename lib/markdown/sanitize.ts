import { defaultSchema, type Options } from 'rehype-sanitize'

/**
 * What survives in a rendered Markdown body: GitHub's sanitizing schema, with two changes.
 * remark-rehype already prefixes footnote ids with `user-content-`, so the sanitizer must not
 * prefix them again (that would break every footnote link); and links keep `data-cite`, the source
 * id of a citation marker, which the page numbers from its source list.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: { ...defaultSchema.attributes, a: [...(defaultSchema.attributes?.a ?? []), 'dataCite'] },
}
