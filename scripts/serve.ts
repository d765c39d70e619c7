/** `npm run serve [dir] [port]`: serves the built site (default out/ on port 3000). */
import { existsSync } from 'node:fs'
import { startStaticServer } from './static-server'

const dir = process.argv[2] ?? 'out'
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000)
if (!existsSync(`${dir}/index.html`)) {
  console.error(
    `${dir}/index.html not found: run \`npm run build\` first (or \`npm start\`, which builds when needed).`,
  )
  process.exit(1)
}
const { port: actual } = await startStaticServer(dir, port, process.env.HOST ?? 'localhost')
console.log(`Outage Chronicle is running at http://localhost:${actual}/ (serving ${dir}/). Ctrl+C stops it.`)
