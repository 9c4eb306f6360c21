using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ApplicantAuthority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApplicantAuthority",
                table: "Cases",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AuthorityCheckedBy",
                table: "Cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AuthorityCheckedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AuthorityEvidence",
                table: "Cases",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApplicantAuthority",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AuthorityCheckedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AuthorityCheckedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AuthorityEvidence",
                table: "Cases");
        }
    }
}
