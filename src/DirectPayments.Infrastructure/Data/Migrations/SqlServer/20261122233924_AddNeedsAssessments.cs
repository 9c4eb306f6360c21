using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ForCarer = table.Column<bool>(type: "bit", nullable: false),
                    NeedsArise = table.Column<bool>(type: "bit", nullable: false),
                    CarerHealthAtRisk = table.Column<bool>(type: "bit", nullable: false),
                    UnachievedOutcomes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SignificantWellbeingImpact = table.Column<bool>(type: "bit", nullable: false),
                    Condition = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WellbeingImpact = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Reasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Eligible = table.Column<bool>(type: "bit", nullable: false),
                    AssessedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
