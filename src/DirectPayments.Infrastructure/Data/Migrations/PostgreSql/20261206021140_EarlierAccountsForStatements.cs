using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EarlierAccountsForStatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EarlierAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DirectPaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AccountIdentifier = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReplacedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlierAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EarlierAccounts_DirectPayments_DirectPaymentId",
                        column: x => x.DirectPaymentId,
                        principalTable: "DirectPayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EarlierAccounts_DirectPayment",
                table: "EarlierAccounts",
                column: "DirectPaymentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EarlierAccounts");
        }
    }
}
