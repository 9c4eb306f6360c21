using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPaymentRunsAccountsAndReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "DirectPayments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccountTransactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectPaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderTransactionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Merchant = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MerchantCategoryCode = table.Column<int>(type: "INTEGER", nullable: true),
                    RunningBalance = table.Column<long>(type: "INTEGER", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Flag = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTransactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountTransactions_DirectPayments_DirectPaymentId",
                        column: x => x.DirectPaymentId,
                        principalTable: "DirectPayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CommittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CommittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ControlTotal = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectPaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: true),
                    CommittedLiabilities = table.Column<long>(type: "INTEGER", nullable: true),
                    LiabilitiesNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecoverableSurplus = table.Column<long>(type: "INTEGER", nullable: true),
                    SurplusWorkingJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedRecovery = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposedMethod = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    NoticeSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonResponse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OutcomeReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NextReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_DirectPayments_DirectPaymentId",
                        column: x => x.DirectPaymentId,
                        principalTable: "DirectPayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpendCategoryRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    MccFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    MccTo = table.Column<int>(type: "INTEGER", nullable: true),
                    MerchantContains = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Flag = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpendCategoryRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidItemKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectPaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OneOffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CoversFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoversTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Due = table.Column<long>(type: "INTEGER", nullable: false),
                    Recovered = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PayeeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaskedAccount = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_DirectPayments_DirectPaymentId",
                        column: x => x.DirectPaymentId,
                        principalTable: "DirectPayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_PaymentRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "PaymentRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurplusRecoveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectPaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recovered = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurplusRecoveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurplusRecoveries_DirectPayments_DirectPaymentId",
                        column: x => x.DirectPaymentId,
                        principalTable: "DirectPayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurplusRecoveries_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountTransactions_Account_Date",
                table: "AccountTransactions",
                columns: new[] { "DirectPaymentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountTransactions_Case_Date",
                table: "AccountTransactions",
                columns: new[] { "CaseId", "Date" });

            migrationBuilder.CreateIndex(
                name: "UX_AccountTransactions_Account_ProviderId",
                table: "AccountTransactions",
                columns: new[] { "DirectPaymentId", "ProviderTransactionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRuns_Period",
                table: "PaymentRuns",
                column: "PeriodStart");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Account_Period",
                table: "Payments",
                columns: new[] { "DirectPaymentId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Run",
                table: "Payments",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "UX_Payments_PaidItem",
                table: "Payments",
                column: "PaidItemKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CaseId",
                table: "Reviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_DirectPayment",
                table: "Reviews",
                column: "DirectPaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Status_Due",
                table: "Reviews",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SurplusRecoveries_DirectPayment",
                table: "SurplusRecoveries",
                column: "DirectPaymentId");

            migrationBuilder.CreateIndex(
                name: "UX_SurplusRecoveries_Review",
                table: "SurplusRecoveries",
                column: "ReviewId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountTransactions");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "SpendCategoryRules");

            migrationBuilder.DropTable(
                name: "SurplusRecoveries");

            migrationBuilder.DropTable(
                name: "PaymentRuns");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "DirectPayments");
        }
    }
}
