using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReceiptSentOnLedgerLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccountTransactions_Account_Date",
                table: "AccountTransactions");

            migrationBuilder.AddColumn<bool>(
                name: "ReceiptSent",
                table: "AccountTransactions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Lines that already have a receipt say so. In EXEC, so that the idempotent script's batch compiles before
            // the column exists.
            migrationBuilder.Sql(@"EXEC(N'UPDATE [AccountTransactions] SET [ReceiptSent] = CAST(1 AS bit) WHERE [Id] IN (SELECT [TransactionId] FROM [EvidenceFiles] WHERE [TransactionId] IS NOT NULL)');");

            migrationBuilder.CreateIndex(
                name: "IX_AccountTransactions_Account_Date",
                table: "AccountTransactions",
                columns: new[] { "DirectPaymentId", "Date", "Kind", "Amount", "Flag", "ReceiptSent" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccountTransactions_Account_Date",
                table: "AccountTransactions");

            migrationBuilder.DropColumn(
                name: "ReceiptSent",
                table: "AccountTransactions");

            migrationBuilder.CreateIndex(
                name: "IX_AccountTransactions_Account_Date",
                table: "AccountTransactions",
                columns: new[] { "DirectPaymentId", "Date" });
        }
    }
}
