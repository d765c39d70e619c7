/**
 * The site's configuration in the browser bundles (islands, embed): lib/site/env.ts as it is, with
 * the configuration this build read (SITE_ORIGIN, BASE_PATH) written in as a literal where the
 * module reads the environment. The browser has no environment to read; and the bundle then holds
 * only this build's origin, never the local default an unset SITE_ORIGIN falls back to (a build
 * for a host says nothing of localhost). A change to env.ts that this no longer finds stops the build.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'esbuild'
import { SITE } from '../lib/site/env'

const ENV_MODULE = resolve(import.meta.dirname, '../lib/site/env.ts')
const READ = /readSiteConfig\(\{[^}]*\}\)/

export function siteConfigPlugin(): Plugin {
  return {
    name: 'site-config',
    setup(b) {
      b.onLoad({ filter: /[\\/]lib[\\/]site[\\/]env\.ts$/ }, (args) => {
        if (resolve(args.path) !== ENV_MODULE) return undefined
        const source = readFileSync(args.path, 'utf8')
        if (!READ.test(source)) {
          return { errors: [{ text: `${args.path}: no readSiteConfig({ … }) call to replace with this build's site` }] }
        }
        return { contents: source.replace(READ, JSON.stringify(SITE)), loader: 'ts' }
      })
    },
  }
}
