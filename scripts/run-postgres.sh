#!/usr/bin/env bash
# The portal on PostgreSQL, as a council might run it, with the demo data: a throwaway cluster (scripts/postgres.sh),
# a database "directpayments" in it, migrated and seeded at start-up. The cluster is stopped when the portal stops.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${URL:-http://127.0.0.1:5080}"
export PG_DIR="${PG_DIR:-/tmp/dp-postgres-run}"
server=$(scripts/postgres.sh start)
trap 'scripts/postgres.sh stop' EXIT
echo "PostgreSQL is up ($server). Starting Direct Payments on $url..."
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
Database__Provider=PostgreSql \
ConnectionStrings__DirectPayments="$server;Database=directpayments" \
  dotnet run --project src/DirectPayments.Web --no-launch-profile --urls "$url"
