using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LettersToARepresentative : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrespondentAddressLine1",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentAddressLine2",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentName",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentPostcode",
                table: "Cases",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentRelationship",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentTown",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CorrespondentAddressLine1",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrespondentAddressLine2",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrespondentName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrespondentPostcode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrespondentRelationship",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrespondentTown",
                table: "Cases");
        }
    }
}
