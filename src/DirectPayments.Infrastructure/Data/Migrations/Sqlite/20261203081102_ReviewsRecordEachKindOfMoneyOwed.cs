using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OtherOwed",
                table: "Reviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RedundancyPayOwed",
                table: "Reviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TaxOwed",
                table: "Reviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WagesOwed",
                table: "Reviews",
                type: "INTEGER",
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
