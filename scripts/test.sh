#!/usr/bin/env bash
# Runs every test: unit tests beside the code, then end-to-end tests in test/ against the real
# app on a real PostgreSQL and Redis (embedded/local unless TEST_DATABASE_URL / TEST_REDIS_URL).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then
  echo "Installing dependencies from package-lock.json..."
  npm install --no-audit --no-fund
fi
# Some tests start the compiled processes (bad configuration must stop start-up).
npm run --silent build
exec npx jest "$@"
