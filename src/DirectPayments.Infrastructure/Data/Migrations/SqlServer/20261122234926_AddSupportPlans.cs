using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ChangesRequested = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedByPersonOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedByPerson = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AgreedByCouncilOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedByCouncil = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ActiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Need = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Frequency = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: true),
                    HourlyRate = table.Column<long>(type: "bigint", nullable: true),
                    Delivery = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Restriction = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ExceptionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
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
