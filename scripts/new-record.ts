/**
 * What `npm run new` writes (scripts/new.ts): the path and text of a new record's skeleton, or why
 * the arguments are refused. The skeleton (lib/schema/skeleton.ts) lists every field of the kind
 * with its description; fill the empty values, then `npm run check` names whatever is still missing.
 */
import { resolve } from 'node:path'
import { Incident, Source } from '../contentlayer.config'
import { ID_FORM } from '../lib/schema/ids'
import { skeletonYaml } from '../lib/schema/skeleton'
import { parseMoment } from '../lib/time/moment'

export const USAGE = 'usage: npm run new -- incident YYYY-MM-DD short-name | npm run new -- source <id>'

export type Planned = { ok: true; path: string; text: string } | { ok: false; reason: string }

const refuse = (reason: string): Planned => ({ ok: false, reason })

function incident(contentDir: string, day: string, name: string, today: string): Planned {
  const start = parseMoment({ at: day })
  if (!start.ok || start.value.precision !== 'day')
    return refuse(`"${day}" is not a date (YYYY-MM-DD, the start in Korean time).`)
  if (!ID_FORM.test(name))
    return refuse(`"${name}" is not a short name: use a-z, 0-9 and single hyphens, e.g. pangyo-datacenter-fire.`)
  const head = [
    "# A new incident: fill every '' and [] below (and the body after the front matter: the analysis in",
    '# Korean, citing sources as [@source-id]), then run `npm run check`: it names what is still missing.',
    '# Every field is described in contentlayer.config.ts; the rules are in content/README.md.',
  ].join('\n')
  const fields = skeletonYaml(Incident, { start: `{ at: '${day}' }`, added: `'${today}'` })
  return {
    ok: true,
    path: resolve(contentDir, 'incidents', `${day}-${name}.md`),
    text: `---\n${head}\n\n${fields}---\n`,
  }
}

function source(contentDir: string, id: string): Planned {
  if (!ID_FORM.test(id))
    return refuse(`"${id}" is not an id: use a-z, 0-9 and single hyphens, e.g. yna-20221015-kakao.`)
  const head = [
    "# A new source: fill every '' below and give the real url (or the seed file name); then list its id",
    '# in the sources of the facts it supports. `npm run check` names what is still missing (content/README.md).',
  ].join('\n')
  return { ok: true, path: resolve(contentDir, 'sources', `${id}.yaml`), text: `${head}\n\n${skeletonYaml(Source)}` }
}

/** The record the arguments ask for, in `contentDir`; `today` (YYYY-MM-DD, KST) is its `added` day. */
export function planRecord(args: readonly string[], contentDir: string, today: string): Planned {
  const [kind, a, b] = args
  if (kind === 'incident' && a !== undefined && b !== undefined && args.length === 3)
    return incident(contentDir, a, b, today)
  if (kind === 'source' && a !== undefined && args.length === 2) return source(contentDir, a)
  return refuse(USAGE)
}
