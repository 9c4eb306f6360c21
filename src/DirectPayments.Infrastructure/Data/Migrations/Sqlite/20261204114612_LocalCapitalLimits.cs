using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LocalCapitalLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LocalLowerCapitalLimit",
                table: "ChargingYears",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LocalUpperCapitalLimit",
                table: "ChargingYears",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LocalLowerCapitalLimit",
                table: "ChargingYears");

            migrationBuilder.DropColumn(
                name: "LocalUpperCapitalLimit",
                table: "ChargingYears");
        }
    }
}
