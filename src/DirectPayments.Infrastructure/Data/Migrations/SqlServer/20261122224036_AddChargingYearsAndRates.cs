using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddChargingYearsAndRates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChargingYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartYear = table.Column<int>(type: "int", nullable: false),
                    ChargePercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    MinimumWeeklyCharge = table.Column<long>(type: "bigint", nullable: false),
                    Rounding = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    UpperLimitRule = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    StandardDisabilityRelatedExpenditure = table.Column<long>(type: "bigint", nullable: false),
                    MigUpliftPercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    MigUpliftAmount = table.Column<long>(type: "bigint", nullable: false),
                    CoupleHousingShare = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: false),
                    DisregardedIncomeTypes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    DisregardedCapitalTypes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OneOffContributionPolicy = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ChargeCarers = table.Column<bool>(type: "bit", nullable: false),
                    SurplusThresholdWeeks = table.Column<int>(type: "int", nullable: false),
                    SurplusThresholdBasis = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargingYears", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChargingRates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChargingYearId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargingRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChargingRates_ChargingYears_ChargingYearId",
                        column: x => x.ChargingYearId,
                        principalTable: "ChargingYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "UX_ChargingRates_Year_Key",
                table: "ChargingRates",
                columns: new[] { "ChargingYearId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_ChargingYears_StartYear",
                table: "ChargingYears",
                column: "StartYear",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChargingRates");

            migrationBuilder.DropTable(
                name: "ChargingYears");
        }
    }
}
