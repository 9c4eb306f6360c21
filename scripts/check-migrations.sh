#!/usr/bin/env bash
# Proves every migration chain (SQLite, SQL Server, PostgreSQL): no model change is missing a migration, the SQL Server
# chain scripts as idempotent T-SQL (SQL Server itself cannot run on these machines; PostgreSQL runs under the
# integration tests), and no SQLite migration rebuilds a table (which SQLite does outside the migration's transaction,
# so a failure leaves it half-applied).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/DirectPayments.Infrastructure
out="${1:-artifacts/migrations}"
mkdir -p "$out"
dotnet build "$project" -v q -nologo
for chain in Sqlite SqlServer PostgreSql; do
  dotnet ef migrations has-pending-model-changes --no-build \
    --project "$project" --startup-project "$project" --context "${chain}DirectPaymentsDbContext"
done
dotnet ef migrations script --idempotent --no-build \
  --project "$project" --startup-project "$project" --context SqlServerDirectPaymentsDbContext \
  --output "$out/sqlserver-idempotent.sql"
test -s "$out/sqlserver-idempotent.sql"
grep -q "IF NOT EXISTS" "$out/sqlserver-idempotent.sql"
dotnet ef migrations script --no-build \
  --project "$project" --startup-project "$project" --context SqliteDirectPaymentsDbContext \
  --output "$out/sqlite.sql"
if grep -q "PRAGMA foreign_keys = 0" "$out/sqlite.sql"; then
  echo "A SQLite migration rebuilds a table outside a transaction (for example to add a foreign key to an existing table):" >&2
  grep -n -B2 "PRAGMA foreign_keys = 0" "$out/sqlite.sql" >&2
  exit 1
fi
dotnet ef migrations script --idempotent --no-build \
  --project "$project" --startup-project "$project" --context PostgreSqlDirectPaymentsDbContext \
  --output "$out/postgresql-idempotent.sql"
test -s "$out/postgresql-idempotent.sql"
rm -f "$project/design-time.db"
echo "Migration chains OK: no pending model changes; SQL Server script at $out/sqlserver-idempotent.sql ($(wc -l < "$out/sqlserver-idempotent.sql") lines)"
