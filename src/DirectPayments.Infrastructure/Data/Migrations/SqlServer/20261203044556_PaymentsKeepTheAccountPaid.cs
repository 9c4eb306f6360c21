using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PaymentsKeepTheAccountPaid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PayeeAccountDigits",
                table: "Payments",
                type: "nvarchar(34)",
                maxLength: 34,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PayeeAccountType",
                table: "Payments",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            // Payments made before this migration were paid into the account their direct payment has now.
            migrationBuilder.Sql(
                "UPDATE \"Payments\" SET "
                + "\"PayeeAccountDigits\" = (SELECT d.\"AccountIdentifier\" FROM \"DirectPayments\" d WHERE d.\"Id\" = \"Payments\".\"DirectPaymentId\"), "
                + "\"PayeeAccountType\" = (SELECT d.\"AccountType\" FROM \"DirectPayments\" d WHERE d.\"Id\" = \"Payments\".\"DirectPaymentId\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PayeeAccountDigits",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PayeeAccountType",
                table: "Payments");
        }
    }
}
