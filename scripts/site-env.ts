/**
 * First step of `npm run build`: checks SITE_ORIGIN and BASE_PATH (lib/site/config.ts) and says
 * where this build will live. A malformed value stops the build with the variable and the fix;
 * a missing SITE_ORIGIN gets a loud warning (the data step repeats it at the end of the build).
 */
import { missingOriginWarning, readSiteConfig, SiteConfigError } from '../lib/site/config'

try {
  const config = readSiteConfig({ SITE_ORIGIN: process.env.SITE_ORIGIN, BASE_PATH: process.env.BASE_PATH })
  const warning = missingOriginWarning(config)
  if (warning) console.warn(warning)
  else console.log(`site: ${config.origin}${config.basePath}/`)
} catch (error) {
  if (!(error instanceof SiteConfigError)) throw error
  console.error(`site: ${error.message}`)
  process.exit(1)
}
