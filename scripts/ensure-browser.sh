#!/usr/bin/env bash
# Installs from Debian what the browser tests run on, when it is missing: Chromium, CJK fonts, and
# a Java runtime for the W3C Nu HTML checker (npm vnu-jar). No test tool downloads a browser or a
# runtime of its own: playwright-core drives /usr/bin/chromium, vnu.jar runs on the system's java.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# grep without -q reads to the end, so fc-list never dies of SIGPIPE (which pipefail would count).
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing ${need[*]} from Debian…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
