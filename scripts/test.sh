#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Installs npm dependencies and Debian's Chromium
# when missing, builds the site unless out/ is newer than its inputs (scripts/build-if-stale.sh),
# then runs each vitest project: unit, validation, integrity, e2e (browser tests over out/; its
# base-path test also builds a second site into tests/.work/base-path when that one is stale) and dev
# (live authoring: `npm run dev` on a fixture copy).
# Prints how long each stage took; every project runs even when one fails, and the command fails
# when any did.
set -uo pipefail
cd "$(dirname "$0")/.."

TIMES=()
FAILED=()
now() { date +%s.%N; }
# stage <name> <command…>: runs the command, records its time and whether it passed.
stage() {
  local name="$1" start rc
  shift
  echo "── $name"
  start="$(now)"
  "$@"
  rc=$?
  TIMES+=("$(awk -v n="$name" -v s="$start" -v e="$(now)" -v r="$([ $rc -eq 0 ] && echo ok || echo FAILED)" \
    'BEGIN { printf "%-12s %7.1f s  %s", n, e - s, r }')")
  [ $rc -eq 0 ] || FAILED+=("$name")
  return $rc
}
summary() {
  echo "── time of each stage"
  printf '%s\n' "${TIMES[@]}"
}

# Setup stages: nothing after them can run when one fails.
stage install bash scripts/ensure-deps.sh || { summary; exit 1; }
stage browser bash scripts/ensure-browser.sh || { summary; exit 1; }
stage build bash scripts/build-if-stale.sh || { summary; exit 1; }

for project in unit validation integrity e2e dev; do
  stage "$project" env TZ=UTC npx vitest run --project "$project"
done
summary
if [ ${#FAILED[@]} -gt 0 ]; then
  echo "Failed: ${FAILED[*]}"
  exit 1
fi
