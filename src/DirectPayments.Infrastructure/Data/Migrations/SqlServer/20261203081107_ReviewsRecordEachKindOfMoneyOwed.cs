using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewsRecordEachKindOfMoneyOwed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HolidayPayOwed",
                table: "Reviews",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OtherOwed",
                table: "Reviews",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RedundancyPayOwed",
                table: "Reviews",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TaxOwed",
                table: "Reviews",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WagesOwed",
                table: "Reviews",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HolidayPayOwed",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "OtherOwed",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RedundancyPayOwed",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "TaxOwed",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "WagesOwed",
                table: "Reviews");
        }
    }
}
