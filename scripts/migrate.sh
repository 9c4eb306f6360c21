#!/usr/bin/env bash
# The deployment's database step: applies every pending migration once, before any instance of the new version starts
# (in Production instances do not migrate at start-up, and refuse to start on a database that is behind them).
# Uses the same settings as the portal (Database__Provider, ConnectionStrings__DirectPayments, ...).
#   scripts/migrate.sh                      from a checkout (builds and runs src/DirectPayments.Web)
#   scripts/migrate.sh /opt/directpayments  from a published portal (dotnet DirectPayments.Web.dll migrate)
# For a DBA who applies changes by hand instead: scripts/check-migrations.sh writes idempotent SQL for SQL Server and
# PostgreSQL to artifacts/migrations/.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
if [ $# -ge 1 ]; then
  cd "$1"
  exec dotnet DirectPayments.Web.dll migrate
fi
exec dotnet run --project src/DirectPayments.Web --no-launch-profile -- migrate
