using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ContactDetailsAndCommunicationNeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressLine1",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressLine2",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformationFormats",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InterpreterLanguage",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OtherCommunicationNeeds",
                table: "Cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Cases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Cases",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredContact",
                table: "Cases",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupportToCommunicate",
                table: "Cases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Town",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Postcode",
                table: "Cases",
                column: "Postcode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Postcode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AddressLine1",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AddressLine2",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "InformationFormats",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "InterpreterLanguage",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OtherCommunicationNeeds",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PreferredContact",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SupportToCommunicate",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Town",
                table: "Cases");
        }
    }
}
