#!/usr/bin/env bash
# Runs the benchmarks in one process, so the ratios compare figures from the same run on the same machine.
# Usage: scripts/bench.sh [engine|api|all] [--quick]   (results in artifacts/bench/)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/DirectPayments.Benchmarks -- "${@:-all}"
