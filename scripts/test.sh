#!/usr/bin/env bash
# The one command that runs every test: unit, architecture, integration (real SQLite and real PostgreSQL, real
# Identity), browser (Chromium + axe), plus the proof of every migration chain. Ends with one line:
# "N passed, N failed, N skipped", counting both runs of the integration tests.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-test-prerequisites.sh || exit 1

results=artifacts/test-results
rm -rf "$results" artifacts/screenshots
mkdir -p "$results"

dotnet build DirectPayments.sln -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

scripts/check-migrations.sh artifacts/migrations
migrations=$?

# A throwaway PostgreSQL cluster for the second run of the integration tests, stopped however this script ends.
export PG_DIR="${PG_DIR:-$(mktemp -d /tmp/dp-postgres.XXXXXX)}"
trap 'scripts/postgres.sh stop' EXIT
if ! DP_TEST_POSTGRES=$(scripts/postgres.sh start); then
  echo "PostgreSQL could not be started: see $PG_DIR/log"; echo "0 passed, 1 failed, 0 skipped"; exit 1
fi
export DP_TEST_POSTGRES

# Everything on SQLite (the embedded default), then the integration tests again on PostgreSQL.
dotnet test DirectPayments.sln --no-build -nologo -v q \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
tests=$?
DP_TEST_DATABASE=PostgreSql dotnet test tests/DirectPayments.Web.IntegrationTests --no-build -nologo -v q \
  --logger "trx;LogFileName=integration-postgresql.trx" --logger "console;verbosity=minimal" --results-directory "$results"
postgres=$?

if [ $migrations -ne 0 ]; then echo "The migration check failed: see its output above."; fi
node scripts/count-test-results.mjs "$results"
[ $migrations -ne 0 ] && exit $migrations
[ $tests -ne 0 ] && exit $tests
exit $postgres
