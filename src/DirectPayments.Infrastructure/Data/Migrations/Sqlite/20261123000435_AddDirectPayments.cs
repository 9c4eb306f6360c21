using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccountType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AccountIdentifier = table.Column<string>(type: "TEXT", maxLength: 34, nullable: false),
                    WeeklyPersonalBudget = table.Column<long>(type: "INTEGER", nullable: false),
                    WeeklyContribution = table.Column<long>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
