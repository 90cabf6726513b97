#!/usr/bin/env bash
# Runs the whole system from a fresh clone: dependencies, build, PostgreSQL, Redis, migrations,
# demo data, API and worker. Ctrl+C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then
  echo "Installing dependencies from package-lock.json..."
  npm install --no-audit --no-fund
fi
npm run --silent build
exec node dist/apps/cli/src/main.js quickstart
