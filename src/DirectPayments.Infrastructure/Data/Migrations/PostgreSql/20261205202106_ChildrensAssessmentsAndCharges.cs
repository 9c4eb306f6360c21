using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ChildrensAssessmentsAndCharges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssessedUnder",
                table: "NeedsAssessments",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "CareActAdult");

            // Every assessment before this one was an adult's or a carer's.
            migrationBuilder.Sql(@"UPDATE ""NeedsAssessments"" SET ""AssessedUnder"" = 'CareActCarer' WHERE ""ForCarer"" = TRUE");

            migrationBuilder.AddColumn<long>(
                name: "ChildrensServicesWeeklyCharge",
                table: "ChargingYears",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssessedUnder",
                table: "NeedsAssessments");

            migrationBuilder.DropColumn(
                name: "ChildrensServicesWeeklyCharge",
                table: "ChargingYears");
        }
    }
}
