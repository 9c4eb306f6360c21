using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LettersToPost : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PostedAt",
                table: "Notices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostedBy",
                table: "Notices",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ToPost",
                table: "Notices",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_ToPost_Posted",
                table: "Notices",
                columns: new[] { "ToPost", "PostedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notices_ToPost_Posted",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "PostedAt",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "PostedBy",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "ToPost",
                table: "Notices");
        }
    }
}
