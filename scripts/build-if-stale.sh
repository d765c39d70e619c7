#!/usr/bin/env bash
# Builds the site (`npm run build`) unless out/ is newer than every input of the build. The one
# freshness rule, shared by `npm start` and `npm test`.
#
# out/ is fresh when `npm run build` last finished without error (its last step, `--mark`, writes
# out/.build-complete), no input below changed since, and SITE_ORIGIN, BASE_PATH and CONTENT_DIR
# are what that build used. `--check` only says whether a build is needed (exit 0: fresh, 1: stale).
# A build into another folder (OUT_DIR) marks that folder, never out/.
set -euo pipefail
cd "$(dirname "$0")/.."

STAMP="${OUT_DIR:-out}/.build-complete"
INPUTS=(content app components lib embed scripts public contentlayer.config.ts next.config.mjs
  package.json package-lock.json tsconfig.json tsconfig.scripts.json)
SETTINGS="SITE_ORIGIN=${SITE_ORIGIN:-} BASE_PATH=${BASE_PATH:-} CONTENT_DIR=${CONTENT_DIR:-}"

stale_reason() {
  if [ ! -f "$STAMP" ]; then
    echo "${OUT_DIR:-out}/ has no complete build"
    return
  fi
  if [ "$(cat "$STAMP")" != "$SETTINGS" ]; then
    echo "the build used other settings ($(cat "$STAMP"))"
    return
  fi
  local present=() newer
  for p in "${INPUTS[@]}"; do [ -e "$p" ] && present+=("$p"); done
  newer="$(find "${present[@]}" -newer "$STAMP" -type f -print -quit)"
  if [ -n "$newer" ]; then echo "$newer changed since the last build"; fi
}

if [ "${1:-}" = "--mark" ]; then
  printf '%s' "$SETTINGS" > "$STAMP"
  exit 0
fi
reason="$(stale_reason)"
if [ "${1:-}" = "--check" ]; then
  [ -z "$reason" ]
  exit
fi
if [ -z "$reason" ]; then
  echo "Build skipped: out/ is newer than every input (content, code, config, lock)."
  exit 0
fi
echo "Building: $reason."
npm run build
