#!/usr/bin/env bash
# The one command that runs every test: unit, integration (real SQLite, real Identity), browser (Chromium + axe),
# plus the proof of both migration chains. Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-test-prerequisites.sh || exit 1

results=artifacts/test-results
rm -rf "$results" artifacts/screenshots
mkdir -p "$results"

dotnet build DirectPayments.sln -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

scripts/check-migrations.sh artifacts/migrations
migrations=$?

dotnet test DirectPayments.sln --no-build -nologo -v q \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
tests=$?

if [ $migrations -ne 0 ]; then echo "The migration check failed: see its output above."; fi
node scripts/count-test-results.mjs "$results"
[ $migrations -ne 0 ] && exit $migrations
exit $tests
