#!/usr/bin/env bash
# `npm start`: installs what is missing, builds when the site is missing or older than its
# inputs, then serves out/ at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
if [ ! -f out/index.html ] || [ -n "$(find content app components lib contentlayer.config.ts next.config.mjs package-lock.json -newer out/index.html -print -quit)" ]; then
  npm run build
fi
exec npm run --silent serve -- out "${PORT:-3000}"
