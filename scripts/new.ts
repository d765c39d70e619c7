/**
 * `npm run new -- incident YYYY-MM-DD short-name` and `npm run new -- source <id>`: writes the
 * skeleton of a new record into content/ (or CONTENT_DIR), never over an existing file
 * (scripts/new-record.ts says what is written).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { kstToday } from '../lib/time/format'
import { planRecord } from './new-record'

const contentDir = resolve(process.cwd(), process.env.CONTENT_DIR ?? 'content')
const plan = planRecord(process.argv.slice(2), contentDir, kstToday())
if (!plan.ok) {
  console.error(plan.reason)
  process.exit(1)
}
const shown = relative(process.cwd(), plan.path)
if (existsSync(plan.path)) {
  console.error(`${shown} already exists: nothing written. Edit it, or choose another name.`)
  process.exit(1)
}
mkdirSync(dirname(plan.path), { recursive: true })
writeFileSync(plan.path, plan.text, { flag: 'wx' })
console.log(`Wrote ${shown}. Fill it in, then run \`npm run check\`.`)
