#!/usr/bin/env bash
# Runs the benchmarks in one process, so the ratios compare figures from the same run on the same machine.
# Usage: scripts/bench.sh [engine|api|payments|all] [--quick]   (results in artifacts/bench/)
#        scripts/bench.sh generate --people 100000 [--years 5] [--statement-lines 1000000 --statement file.csv] --out file.db
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/DirectPayments.Benchmarks -- "${@:-all}"
