using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSupportPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupportPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ChangesRequested = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedByPersonOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedByPerson = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AgreedByCouncilOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedByCouncil = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ActiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportPlans_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportPlanLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    HourlyRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ExceptionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportPlanLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportPlanLines_SupportPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "SupportPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupportPlanLines_PlanId",
                table: "SupportPlanLines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "UX_SupportPlans_Case_Number",
                table: "SupportPlans",
                columns: new[] { "CaseId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupportPlanLines");

            migrationBuilder.DropTable(
                name: "SupportPlans");
        }
    }
}
