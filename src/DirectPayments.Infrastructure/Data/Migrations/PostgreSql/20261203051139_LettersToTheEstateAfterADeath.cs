using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LettersToTheEstateAfterADeath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressedTo",
                table: "Notices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SendTo",
                table: "Notices",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EstateContactEmail",
                table: "Cases",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EstateContactName",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AddressedTo",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "SendTo",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "EstateContactEmail",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EstateContactName",
                table: "Cases");
        }
    }
}
