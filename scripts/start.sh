#!/usr/bin/env bash
# `npm start`: installs what is missing, builds when out/ is missing or older than its inputs
# (scripts/build-if-stale.sh), then serves out/ at http://localhost:$PORT.
#
#   PORT   the port to serve on (default 3000), e.g. `PORT=8080 npm start`
#   HOST   the address to listen on (default localhost; 0.0.0.0 for every interface)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/build-if-stale.sh
exec npm run --silent serve -- out "${PORT:-3000}"
