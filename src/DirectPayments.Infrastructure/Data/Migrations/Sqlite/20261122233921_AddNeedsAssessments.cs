using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddNeedsAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NeedsAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForCarer = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsArise = table.Column<bool>(type: "INTEGER", nullable: false),
                    CarerHealthAtRisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnachievedOutcomes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SignificantWellbeingImpact = table.Column<bool>(type: "INTEGER", nullable: false),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WellbeingImpact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedsAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NeedsAssessments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NeedsAssessments_Case",
                table: "NeedsAssessments",
                columns: new[] { "CaseId", "AssessedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NeedsAssessments");
        }
    }
}
