using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WidenAccountNumbersForCiphertext : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to change: SQLite ignores a TEXT column's length, so the wider encrypted account numbers fit as
            // they are. The numbers themselves are encrypted at start-up (AccountNumberEncryption), not here.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to change (see Up).
        }
    }
}
