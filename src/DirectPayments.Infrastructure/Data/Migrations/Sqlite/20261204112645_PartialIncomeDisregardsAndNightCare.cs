using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartialIncomeDisregardsAndNightCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DisregardNightCareElement",
                table: "ChargingYears",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PartlyDisregardedIncomeTypes",
                table: "ChargingYears",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "PensionCreditSavingsCredit,SurvivorsGuaranteedIncomePayment,WarWidowsPension");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisregardNightCareElement",
                table: "ChargingYears");

            migrationBuilder.DropColumn(
                name: "PartlyDisregardedIncomeTypes",
                table: "ChargingYears");
        }
    }
}
