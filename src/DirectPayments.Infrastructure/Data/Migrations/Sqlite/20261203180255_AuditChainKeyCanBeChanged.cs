using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditChainKeyCanBeChanged : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditChainKeyPeriods",
                columns: table => new
                {
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    Seal = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainKeyPeriods", x => x.From);
                });

            // The one key there was keeps its place as the first key period. The columns are dropped by ALTER TABLE
            // (SQLite 3.35 and later), not by EF's table rebuild, which would run outside the migration's transaction.
            migrationBuilder.Sql(@"INSERT INTO ""AuditChainKeyPeriods"" (""From"", ""Seal"") SELECT ""KeyedFrom"", ""KeyedFromSeal"" FROM ""AuditChainHead"" WHERE ""KeyedFrom"" IS NOT NULL AND ""KeyedFromSeal"" IS NOT NULL;");

            migrationBuilder.Sql(@"ALTER TABLE ""AuditChainHead"" DROP COLUMN ""KeyedFrom"";");

            migrationBuilder.Sql(@"ALTER TABLE ""AuditChainHead"" DROP COLUMN ""KeyedFromSeal"";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditChainKeyPeriods");

            migrationBuilder.AddColumn<long>(
                name: "KeyedFrom",
                table: "AuditChainHead",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyedFromSeal",
                table: "AuditChainHead",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }
    }
}
