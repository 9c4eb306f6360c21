#!/usr/bin/env bash
# Runs the benchmarks in one process, so the ratios compare figures from the same run on the same machine.
# Usage: scripts/bench.sh [engine|api|payments|all] [--quick] [--database Sqlite|PostgreSql]   (results in artifacts/bench/)
#        scripts/bench.sh pages [--quick] [--council]   the portal's pages under wrk against bare Kestrel (scripts/bench-pages.sh)
#        scripts/bench.sh weight   the pages as a phone on a slow connection gets them, in Chromium (scripts/bench-weight.sh)
#        scripts/bench.sh generate --people 100000 [--years 5] [--statement-lines 1000000 --statement file.csv] --out file.db
#        scripts/bench.sh generate --database PostgreSql --people 100000 --out dp_big
# --database PostgreSql (default Sqlite) runs the payments benchmarks, or fills the generated database, on PostgreSQL:
# the server in DP_BENCH_POSTGRES (an Npgsql connection string without a database) if set, otherwise a throwaway
# cluster from scripts/postgres.sh in PG_DIR (default /tmp/dp-pg-bench), stopped when the benchmarks end. After
# "generate" the cluster is left running with the database in it; stop it with PG_DIR=... scripts/postgres.sh stop.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = pages ]; then
  shift
  exec scripts/bench-pages.sh "$@"
fi
if [ "${1:-}" = weight ]; then
  shift
  exec scripts/bench-weight.sh "$@"
fi

database=Sqlite
args=("${@:-all}")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = --database ]; then database="${args[$((i + 1))]:-}"; fi
done

if [ "${database,,}" = postgresql ] && [ -z "${DP_BENCH_POSTGRES:-}" ]; then
  export PG_DIR="${PG_DIR:-/tmp/dp-pg-bench}"
  if [ "${args[0]}" = generate ]; then
    echo "The generated database stays in the cluster in $PG_DIR: stop it with PG_DIR=$PG_DIR scripts/postgres.sh stop" >&2
  else
    trap 'scripts/postgres.sh stop' EXIT
  fi
  if ! DP_BENCH_POSTGRES=$(scripts/postgres.sh start); then
    echo "PostgreSQL could not be started: see $PG_DIR/log" >&2; exit 1
  fi
  export DP_BENCH_POSTGRES
  echo "PostgreSQL is up: $DP_BENCH_POSTGRES" >&2
fi

dotnet run -c Release --project bench/DirectPayments.Benchmarks -- "${args[@]}"
