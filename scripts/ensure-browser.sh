#!/usr/bin/env bash
# Installs Debian's Chromium and CJK fonts for the browser tests when they are missing.
# No test tool downloads a browser of its own: playwright-core drives /usr/bin/chromium.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  exit 0
fi
echo "Installing chromium and fonts-noto-cjk from Debian…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
