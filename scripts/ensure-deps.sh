#!/usr/bin/env bash
# Installs the npm dependencies exactly as package-lock.json pins them (`npm ci`), when they are
# missing or older than the lock file. The lock records @next/swc for every platform, so
# `npm ci` accepts it on any machine; it never rewrites the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies from package-lock.json (npm ci)…"
  npm ci --no-audit --no-fund
fi
