#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Installs npm dependencies and Debian's Chromium
# when missing, type-checks, builds the site, then runs unit, validation, integrity and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh
npm run build
TZ=UTC npx vitest run
