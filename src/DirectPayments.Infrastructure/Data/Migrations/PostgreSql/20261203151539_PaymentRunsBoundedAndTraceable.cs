using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
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
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PaymentRunId",
                table: "AccountTransactions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StatementImportId",
                table: "AccountTransactions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StatementImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ImportedAt = table.Column<long>(type: "bigint", nullable: false),
                    LinesAdded = table.Column<int>(type: "integer", nullable: false),
                    MoneyIn = table.Column<long>(type: "bigint", nullable: false),
                    MoneyOut = table.Column<long>(type: "bigint", nullable: false)
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
