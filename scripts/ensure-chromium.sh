#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (browser downloads are not possible here).
# Install it when we can (root on Debian); otherwise say exactly what to install. Never skip.
set -euo pipefail
browser="${RALLY_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[rally] Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$browser" ] && exit 0
fi
echo "[rally] The end-to-end tests need Chromium at $browser." >&2
echo "[rally] Install it with: sudo apt-get install chromium   (or set RALLY_CHROMIUM to a Chromium binary)" >&2
exit 1
