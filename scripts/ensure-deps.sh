#!/usr/bin/env bash
# Installs the npm dependencies, exactly as package-lock.json pins them, when they are missing
# or older than the lock file.
#
# Why `npm install` and not `npm ci`: the registry these machines reach has no darwin or win32
# builds of @next/swc (404), so npm 11's `npm ci` reports them "missing from lock file" and
# refuses to install anything. `npm install` with the committed lock installs the same pinned
# tree and leaves the lock untouched (checked by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies from package-lock.json…"
  npm install --no-audit --no-fund
fi
