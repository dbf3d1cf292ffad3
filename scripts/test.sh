#!/usr/bin/env bash
# npm test: the linter, the dead-code check, unit tests, a production build, then browser tests
# against it. Prints one closing line "N passed, N failed" summed over both suites, a failed lint,
# dead-code check or build counting as one failed (CI reads it).
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 NEXT_TELEMETRY_DISABLED=1 TZ=UTC
mkdir -p artifacts
rm -f artifacts/unit.json artifacts/e2e.json # never sum a report left by an earlier run

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

npm run --silent lint
lint=$?
npm run --silent deadcode
deadcode=$?

npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/unit.json
unit=$?

npx next build
build=$?

e2e=1
reports=(artifacts/unit.json)
if [ "$build" = 0 ]; then
  npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=artifacts/e2e.json
  e2e=$?
  reports+=(artifacts/e2e.json)
fi

node scripts/test-summary.mjs "${reports[@]}" lint="$lint" deadcode="$deadcode" build="$build"
[ "$lint" = 0 ] && [ "$deadcode" = 0 ] && [ "$unit" = 0 ] && [ "$build" = 0 ] && [ "$e2e" = 0 ]
