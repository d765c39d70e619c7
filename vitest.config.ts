import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Every test runs in UTC, so that nothing can pass by relying on the machine being in Seoul.
process.env.TZ = 'UTC'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const generated = (dir: string) => ({
  'contentlayer/generated': here(`${dir}/.contentlayer/generated/index.mjs`),
  '@': here('.'),
})

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          alias: generated('.'),
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The broken fixtures, built by contentlayer2 into tests/.work/validation by the setup.
        test: {
          alias: generated('tests/.work/validation'),
          name: 'validation',
          include: ['tests/validation/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/validation/build-fixtures.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The real content, as built by `npm run build`.
        test: {
          alias: generated('.'),
          name: 'integrity',
          include: ['tests/integrity/**/*.test.ts'],
          environment: 'node',
          // Two files build the real search index before their tests (about 2 s alone, more on a busy
          // machine), and the relevance test runs every query of its set.
          hookTimeout: 60_000,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          alias: generated('.'),
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Live authoring: starts `npm run dev` on a fixture copy (no built out/ needed).
        test: {
          alias: generated('.'),
          name: 'dev',
          include: ['tests/dev/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
