using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ContributionInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContributionInvoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectPaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    InvoiceTo = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CoversFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    CoversTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Contribution = table.Column<long>(type: "bigint", nullable: false),
                    Adjusted = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Working = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionInvoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContributionInvoices_DirectPayments_DirectPaymentId",
                        column: x => x.DirectPaymentId,
                        principalTable: "DirectPayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContributionInvoices_PaymentRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "PaymentRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContributionAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectPaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContributionAdjustments_ContributionInvoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "ContributionInvoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContributionAdjustments_Account_Period",
                table: "ContributionAdjustments",
                columns: new[] { "DirectPaymentId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_ContributionAdjustments_InvoiceId",
                table: "ContributionAdjustments",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionInvoices_Run",
                table: "ContributionInvoices",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "UX_ContributionInvoices_Account_Period",
                table: "ContributionInvoices",
                columns: new[] { "DirectPaymentId", "PeriodStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContributionAdjustments");

            migrationBuilder.DropTable(
                name: "ContributionInvoices");
        }
    }
}
