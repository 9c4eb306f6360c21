using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentAddressLine2",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentName",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentPostcode",
                table: "Cases",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentRelationship",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrespondentTown",
                table: "Cases",
                type: "TEXT",
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
