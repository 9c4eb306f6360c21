using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSpendChecksAndFlagDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TransactionId",
                table: "EvidenceFiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LargeSpendAbove",
                table: "ChargingYears",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReceiptRequiredAbove",
                table: "ChargingYears",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewSpendDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TransactionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PersonAnswer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSpendDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewSpendDecisions_AccountTransactions_TransactionId",
                        column: x => x.TransactionId,
                        principalTable: "AccountTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewSpendDecisions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_Transaction",
                table: "EvidenceFiles",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSpendDecisions_Transaction",
                table: "ReviewSpendDecisions",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "UX_ReviewSpendDecisions_Review_Transaction",
                table: "ReviewSpendDecisions",
                columns: new[] { "ReviewId", "TransactionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewSpendDecisions");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceFiles_Transaction",
                table: "EvidenceFiles");

            migrationBuilder.DropColumn(
                name: "TransactionId",
                table: "EvidenceFiles");

            migrationBuilder.DropColumn(
                name: "LargeSpendAbove",
                table: "ChargingYears");

            migrationBuilder.DropColumn(
                name: "ReceiptRequiredAbove",
                table: "ChargingYears");
        }
    }
}
