#!/usr/bin/env bash
# The one command that runs every test: unit, architecture, integration (real SQLite and real PostgreSQL, real
# Identity), browser (Chromium + axe), cluster (two instances behind nginx), plus the proof of every migration chain.
# Ends with one line: "N passed, N failed, N skipped", counting both runs of the integration tests.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-test-prerequisites.sh || exit 1

results=artifacts/test-results
rm -rf "$results" artifacts/screenshots
mkdir -p "$results"

dotnet build DirectPayments.sln -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

scripts/check-migrations.sh artifacts/migrations
migrations=$?

# A throwaway PostgreSQL cluster for the second run of the integration tests, stopped however this script ends. It
# lives in memory (/dev/shm) when there is room: the run creates and drops about 400 databases of 1,200 files each,
# and on a disk's ext4, creating files among so many just deleted slowed each CREATE DATABASE from 30 ms to 500 ms.
pg_parent=/tmp
if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -ge 3000000 ]; then
  pg_parent=/dev/shm
fi
export PG_DIR="${PG_DIR:-$(mktemp -d "$pg_parent/dp-postgres.XXXXXX")}"
trap 'scripts/postgres.sh stop' EXIT
if ! DP_TEST_POSTGRES=$(scripts/postgres.sh start); then
  echo "PostgreSQL could not be started: see $PG_DIR/log"; echo "0 passed, 1 failed, 0 skipped"; exit 1
fi
export DP_TEST_POSTGRES

# One test project at a time, so that no two compete for the 2 cores: the browser tests in particular wait on a live
# portal, and beside the integration tests they once waited longer than their timeouts. Everything on SQLite (the
# embedded default) first, then the integration tests again on PostgreSQL.
failed=0
run_tests() {
  local name=$1 project=$2
  dotnet test "$project" --no-build -nologo -v q \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" || failed=1
}
for project in tests/*/*.Tests.csproj tests/*/*.ArchitectureTests.csproj; do
  run_tests "$(basename "$project" .csproj)" "$project"
done
run_tests integration-sqlite tests/DirectPayments.Web.IntegrationTests
run_tests browser tests/DirectPayments.BrowserTests
DP_TEST_DATABASE=PostgreSql run_tests integration-postgresql tests/DirectPayments.Web.IntegrationTests
# The portal as two Production instances on one PostgreSQL database behind nginx (their logs: artifacts/cluster/).
run_tests cluster tests/DirectPayments.ClusterTests

if [ $migrations -ne 0 ]; then echo "The migration check failed: see its output above."; fi
node scripts/count-test-results.mjs "$results"
[ $migrations -ne 0 ] && exit $migrations
exit $failed
