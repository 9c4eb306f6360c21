#!/usr/bin/env bash
# The one command that runs the portal: SQLite in src/DirectPayments.Web/App_Data, demo data and demo accounts.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${URL:-http://127.0.0.1:5080}"
echo "Starting Direct Payments on $url (first start builds the front end and creates the database)..."
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
  exec dotnet run --project src/DirectPayments.Web --no-launch-profile --urls "$url"
