#!/usr/bin/env bash
# Runs sqlmap against every search and filter endpoint (bench/attacks/sqlmap.ts), installing the
# Debian sqlmap package first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v sqlmap >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "sqlmap is not installed and this is not a Debian-like system: install sqlmap, then run again" >&2
    exit 1
  fi
  echo "--- installing sqlmap (Debian package)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq sqlmap >/dev/null
fi
npm run --silent build
exec node dist/bench/attacks/sqlmap.js
