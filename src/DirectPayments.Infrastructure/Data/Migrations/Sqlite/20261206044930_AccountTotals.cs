using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountTotals",
                columns: table => new
                {
                    DirectPaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTotals", x => new { x.DirectPaymentId, x.Kind, x.Category });
                    table.ForeignKey(
                        name: "FK_AccountTotals_DirectPayments_DirectPaymentId",
                        column: x => x.DirectPaymentId,
                        principalTable: "DirectPayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // The totals of every line already in the ledger (docs/adr/0048); from now on each write adds to them.
            migrationBuilder.Sql(
                "INSERT INTO \"AccountTotals\" (\"DirectPaymentId\", \"Kind\", \"Category\", \"Total\", \"Lines\") "
                + "SELECT \"DirectPaymentId\", \"Kind\", COALESCE(\"Category\", ''), SUM(\"Amount\"), COUNT(*) FROM \"AccountTransactions\" "
                + "GROUP BY \"DirectPaymentId\", \"Kind\", COALESCE(\"Category\", '')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountTotals");
        }
    }
}
