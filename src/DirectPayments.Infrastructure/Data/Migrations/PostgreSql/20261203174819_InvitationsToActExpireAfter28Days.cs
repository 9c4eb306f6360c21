using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InvitationsToActExpireAfter28Days : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiresOn",
                table: "RepresentativeInvitations",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Invitations sent before expiry existed get their 28 days from when they were sent.
            migrationBuilder.Sql(@"UPDATE ""RepresentativeInvitations"" SET ""ExpiresOn"" = ""InvitedOn"" + 28;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpiresOn",
                table: "RepresentativeInvitations");
        }
    }
}
