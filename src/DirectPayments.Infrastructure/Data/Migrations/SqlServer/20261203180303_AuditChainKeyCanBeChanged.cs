using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditChainKeyCanBeChanged : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditChainKeyPeriods",
                columns: table => new
                {
                    From = table.Column<long>(type: "bigint", nullable: false),
                    Seal = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainKeyPeriods", x => x.From);
                });

            // The one key there was keeps its place as the first key period.
            migrationBuilder.Sql(@"INSERT INTO [AuditChainKeyPeriods] ([From], [Seal]) SELECT [KeyedFrom], [KeyedFromSeal] FROM [AuditChainHead] WHERE [KeyedFrom] IS NOT NULL AND [KeyedFromSeal] IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "KeyedFrom",
                table: "AuditChainHead");

            migrationBuilder.DropColumn(
                name: "KeyedFromSeal",
                table: "AuditChainHead");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditChainKeyPeriods");

            migrationBuilder.AddColumn<long>(
                name: "KeyedFrom",
                table: "AuditChainHead",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyedFromSeal",
                table: "AuditChainHead",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);
        }
    }
}
