using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NoticesOfRecoveryAreTheirOwnKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Notices of recovery were review outcomes told apart by their title; a recovery now finds its notice by kind.
            migrationBuilder.Sql(@"UPDATE [Notices] SET [Kind] = N'NoticeOfRecovery' WHERE [Kind] = N'ReviewOutcome' AND [Title] LIKE N'We propose to take back %';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"UPDATE [Notices] SET [Kind] = N'ReviewOutcome' WHERE [Kind] = N'NoticeOfRecovery';");
        }
    }
}
