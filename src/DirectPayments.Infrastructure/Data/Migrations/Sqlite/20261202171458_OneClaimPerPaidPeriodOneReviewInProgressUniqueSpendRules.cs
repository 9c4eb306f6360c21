using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneClaimPerPaidPeriodOneReviewInProgressUniqueSpendRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PaidPeriods",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectPaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaidPeriods", x => x.Key);
                    table.ForeignKey(
                        name: "FK_PaidPeriods_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every regular payment already made claims its own period.
            migrationBuilder.Sql(
                "INSERT INTO \"PaidPeriods\" (\"Key\", \"PaymentId\", \"DirectPaymentId\", \"PeriodStart\") "
                + "SELECT \"PaidItemKey\", \"Id\", \"DirectPaymentId\", \"PeriodStart\" FROM \"Payments\" WHERE \"Kind\" = 'Regular'");

            migrationBuilder.CreateIndex(
                name: "UX_SpendCategoryRules_Name",
                table: "SpendCategoryRules",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_Reviews_OneInProgress",
                table: "Reviews",
                column: "DirectPaymentId",
                unique: true,
                filter: "\"Status\" <> 'Completed'");

            migrationBuilder.CreateIndex(
                name: "IX_PaidPeriods_Payment",
                table: "PaidPeriods",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_PaidPeriods_Period",
                table: "PaidPeriods",
                column: "PeriodStart");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaidPeriods");

            migrationBuilder.DropIndex(
                name: "UX_SpendCategoryRules_Name",
                table: "SpendCategoryRules");

            migrationBuilder.DropIndex(
                name: "UX_Reviews_OneInProgress",
                table: "Reviews");
        }
    }
}
