using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DirectPayments.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CasesRecordTheDayThePersonDied : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "SubjectDiedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            // A direct payment ended because the person died is the only record of a death before this column.
            migrationBuilder.Sql(@"UPDATE ""Cases"" SET ""SubjectDiedOn"" = (SELECT MAX(d.""EndDate"") FROM ""DirectPayments"" d WHERE d.""CaseId"" = ""Cases"".""Id"" AND EXISTS (SELECT 1 FROM ""DirectPaymentChanges"" c WHERE c.""DirectPaymentId"" = d.""Id"" AND c.""EndReason"" = 'Died'));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubjectDiedOn",
                table: "Cases");
        }
    }
}
