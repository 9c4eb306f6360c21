#!/usr/bin/env bash
# Adds a migration with the same name to every chain (SQLite, SQL Server, PostgreSQL), generated from the one model.
# Usage: scripts/add-migration.sh AddSupportPlan
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName (describe the change, e.g. AddSupportPlan)}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/DirectPayments.Infrastructure
dotnet build "$project" -v q -nologo
for chain in Sqlite SqlServer PostgreSql; do
  dotnet ef migrations add "$name" --no-build \
    --project "$project" --startup-project "$project" \
    --context "${chain}DirectPaymentsDbContext" \
    --output-dir "Data/Migrations/$chain"
done
rm -f "$project/design-time.db"
echo "Added $name to every chain. Review the new files under $project/Data/Migrations/ before committing."
