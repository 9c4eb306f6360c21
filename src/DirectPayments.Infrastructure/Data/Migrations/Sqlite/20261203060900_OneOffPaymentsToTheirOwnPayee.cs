using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneOffPaymentsToTheirOwnPayee : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // EF would rebuild Payments between "PRAGMA foreign_keys = 0" statements, outside the migration's
            // transaction (scripts/check-migrations.sh refuses that). Rebuilt here inside it instead: the two tables
            // that reference Payments with ON DELETE CASCADE are set aside first, so dropping Payments deletes none
            // of their rows, then put back with their keys checked.
            migrationBuilder.Sql(RebuildPayments(directPaymentIdNullable: true));

            migrationBuilder.AddColumn<string>(
                name: "PayeeAccountDigits",
                table: "OneOffDirectPayments",
                type: "TEXT",
                maxLength: 34,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayeeAccountType",
                table: "OneOffDirectPayments",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayeeName",
                table: "OneOffDirectPayments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PayeeAccountDigits",
                table: "OneOffDirectPayments");

            migrationBuilder.DropColumn(
                name: "PayeeAccountType",
                table: "OneOffDirectPayments");

            migrationBuilder.DropColumn(
                name: "PayeeName",
                table: "OneOffDirectPayments");

            // Fails, and rolls back, while any payment was made to a one-off's own payee without a direct payment.
            migrationBuilder.Sql(RebuildPayments(directPaymentIdNullable: false));
        }
        private static string RebuildPayments(bool directPaymentIdNullable) => $"""
            CREATE TABLE "ef_keep_PaidPeriods" AS SELECT * FROM "PaidPeriods";
            CREATE TABLE "ef_keep_PaymentAdjustments" AS SELECT * FROM "PaymentAdjustments";
            DROP TABLE "PaidPeriods";
            DROP TABLE "PaymentAdjustments";

            CREATE TABLE "ef_temp_Payments" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Payments" PRIMARY KEY,
                "PaidItemKey" TEXT NOT NULL,
                "RunId" TEXT NOT NULL,
                "DirectPaymentId" TEXT {(directPaymentIdNullable ? "NULL" : "NOT NULL")},
                "CaseId" TEXT NOT NULL,
                "PeriodStart" TEXT NOT NULL,
                "Kind" TEXT NOT NULL,
                "OneOffId" TEXT NULL,
                "CoversFrom" TEXT NOT NULL,
                "CoversTo" TEXT NOT NULL,
                "Due" INTEGER NOT NULL,
                "Recovered" INTEGER NOT NULL,
                "Amount" INTEGER NOT NULL,
                "PayeeName" TEXT NOT NULL,
                "MaskedAccount" TEXT NOT NULL,
                "Reference" TEXT NOT NULL,
                "PayeeAccountDigits" TEXT NOT NULL DEFAULT '',
                "PayeeAccountType" TEXT NOT NULL DEFAULT '',
                CONSTRAINT "FK_Payments_DirectPayments_DirectPaymentId" FOREIGN KEY ("DirectPaymentId") REFERENCES "DirectPayments" ("Id") ON DELETE RESTRICT,
                CONSTRAINT "FK_Payments_PaymentRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "PaymentRuns" ("Id") ON DELETE RESTRICT
            );
            INSERT INTO "ef_temp_Payments" ("Id", "PaidItemKey", "RunId", "DirectPaymentId", "CaseId", "PeriodStart", "Kind", "OneOffId", "CoversFrom", "CoversTo", "Due", "Recovered", "Amount", "PayeeName", "MaskedAccount", "Reference", "PayeeAccountDigits", "PayeeAccountType")
            SELECT "Id", "PaidItemKey", "RunId", "DirectPaymentId", "CaseId", "PeriodStart", "Kind", "OneOffId", "CoversFrom", "CoversTo", "Due", "Recovered", "Amount", "PayeeName", "MaskedAccount", "Reference", "PayeeAccountDigits", "PayeeAccountType"
            FROM "Payments";
            DROP TABLE "Payments";
            ALTER TABLE "ef_temp_Payments" RENAME TO "Payments";
            CREATE INDEX "IX_Payments_Account_Period" ON "Payments" ("DirectPaymentId", "PeriodStart");
            CREATE INDEX "IX_Payments_Run" ON "Payments" ("RunId");
            CREATE UNIQUE INDEX "UX_Payments_PaidItem" ON "Payments" ("PaidItemKey");

            CREATE TABLE "PaidPeriods" (
                "Key" TEXT NOT NULL CONSTRAINT "PK_PaidPeriods" PRIMARY KEY,
                "PaymentId" TEXT NOT NULL,
                "DirectPaymentId" TEXT NOT NULL,
                "PeriodStart" TEXT NOT NULL,
                CONSTRAINT "FK_PaidPeriods_Payments_PaymentId" FOREIGN KEY ("PaymentId") REFERENCES "Payments" ("Id") ON DELETE CASCADE
            );
            INSERT INTO "PaidPeriods" ("Key", "PaymentId", "DirectPaymentId", "PeriodStart")
            SELECT "Key", "PaymentId", "DirectPaymentId", "PeriodStart" FROM "ef_keep_PaidPeriods";
            CREATE INDEX "IX_PaidPeriods_Payment" ON "PaidPeriods" ("PaymentId");
            CREATE INDEX "IX_PaidPeriods_Period" ON "PaidPeriods" ("PeriodStart");

            CREATE TABLE "PaymentAdjustments" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_PaymentAdjustments" PRIMARY KEY,
                "PaymentId" TEXT NOT NULL,
                "DirectPaymentId" TEXT NOT NULL,
                "PeriodStart" TEXT NOT NULL,
                "Amount" INTEGER NOT NULL,
                "Working" TEXT NOT NULL,
                CONSTRAINT "FK_PaymentAdjustments_Payments_PaymentId" FOREIGN KEY ("PaymentId") REFERENCES "Payments" ("Id") ON DELETE CASCADE
            );
            INSERT INTO "PaymentAdjustments" ("Id", "PaymentId", "DirectPaymentId", "PeriodStart", "Amount", "Working")
            SELECT "Id", "PaymentId", "DirectPaymentId", "PeriodStart", "Amount", "Working" FROM "ef_keep_PaymentAdjustments";
            CREATE INDEX "IX_PaymentAdjustments_Account_Period" ON "PaymentAdjustments" ("DirectPaymentId", "PeriodStart");
            CREATE INDEX "IX_PaymentAdjustments_PaymentId" ON "PaymentAdjustments" ("PaymentId");

            DROP TABLE "ef_keep_PaidPeriods";
            DROP TABLE "ef_keep_PaymentAdjustments";
            """;
    }
}
