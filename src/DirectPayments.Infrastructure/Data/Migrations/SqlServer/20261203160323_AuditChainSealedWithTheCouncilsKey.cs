using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditChainSealedWithTheCouncilsKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyedFrom",
                table: "AuditChainHead");

            migrationBuilder.DropColumn(
                name: "KeyedFromSeal",
                table: "AuditChainHead");
        }
    }
}
