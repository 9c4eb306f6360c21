using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddDirectPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectPayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    RecipientName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AccountType = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AccountIdentifier = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: false),
                    WeeklyPersonalBudget = table.Column<long>(type: "bigint", nullable: false),
                    WeeklyContribution = table.Column<long>(type: "bigint", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectPayments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectPayments_SupportPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "SupportPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectPayments_Case",
                table: "DirectPayments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectPayments_PlanId",
                table: "DirectPayments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectPayments_Status_Start",
                table: "DirectPayments",
                columns: new[] { "Status", "StartDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectPayments");
        }
    }
}
