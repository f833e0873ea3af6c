#!/usr/bin/env bash
# Programs the tests drive that npm cannot provide: Debian's Chromium for the end-to-end tests
# (browser downloads are not possible here); systemd-analyze and Caddy to check the deployment
# files, and the distribution's PostgreSQL server, whose pg_dump and pg_restore the backup
# tests use (the embedded server is newer than any pg_dump here). Install what is missing when
# we can (root on Debian); otherwise say exactly what to install and fail. Never skip.
#   bash scripts/ensure-test-tools.sh browser       Chromium
#   bash scripts/ensure-test-tools.sh integration   systemd-analyze, caddy, PostgreSQL
set -euo pipefail
browser="${RALLY_CHROMIUM:-/usr/bin/chromium}"
case "${1:-}" in
  browser) wanted=("$browser:chromium") ;;
  integration) wanted=("systemd-analyze:systemd" "caddy:caddy" "pg_ctl:postgresql") ;;
  *) echo "usage: $0 browser|integration" >&2; exit 2 ;;
esac

missing=()
for entry in "${wanted[@]}"; do
  program="${entry%%:*}"
  if [ "$program" = "pg_ctl" ]; then
    # Debian keeps the server's programs out of PATH, in /usr/lib/postgresql/<version>/bin.
    compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=("${entry##*:}")
  elif ! command -v "$program" >/dev/null 2>&1 && [ ! -x "$program" ]; then
    missing+=("${entry##*:}")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ -z "${RALLY_TOOLS_TRIED:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[rally] Installing Debian's ${missing[*]} for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  RALLY_TOOLS_TRIED=1 exec bash "$0" "$1"
fi
echo "[rally] The tests need: ${missing[*]}." >&2
echo "[rally] Install with: sudo apt-get install ${missing[*]}   (RALLY_CHROMIUM may point at another Chromium)" >&2
exit 1
