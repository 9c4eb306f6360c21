using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentRunsBoundedAndTraceable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LateReason",
                table: "PaymentRuns",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PaymentRunId",
                table: "AccountTransactions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StatementImportId",
                table: "AccountTransactions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StatementImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LinesAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    MoneyIn = table.Column<long>(type: "INTEGER", nullable: false),
                    MoneyOut = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementImports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountTransactions_PaymentRun",
                table: "AccountTransactions",
                column: "PaymentRunId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountTransactions_StatementImport",
                table: "AccountTransactions",
                column: "StatementImportId");

            migrationBuilder.CreateIndex(
                name: "IX_StatementImports_ImportedAt",
                table: "StatementImports",
                column: "ImportedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatementImports");

            migrationBuilder.DropIndex(
                name: "IX_AccountTransactions_PaymentRun",
                table: "AccountTransactions");

            migrationBuilder.DropIndex(
                name: "IX_AccountTransactions_StatementImport",
                table: "AccountTransactions");

            migrationBuilder.DropColumn(
                name: "LateReason",
                table: "PaymentRuns");

            migrationBuilder.DropColumn(
                name: "PaymentRunId",
                table: "AccountTransactions");

            migrationBuilder.DropColumn(
                name: "StatementImportId",
                table: "AccountTransactions");
        }
    }
}
