using DirectPayments.Application.Common;
using System.Globalization;
using System.Text;
using DirectPayments.Application.Citizen.Accounts;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Citizen;

/// <summary>
/// The person's direct payment account: its balance, payments and contributions in, spending by the support plan's
/// categories, contribution arrears, the next payment, and each month's statement (on screen or as CSV).
/// </summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/account")]
public sealed class AccountController(CitizenAccountPages pages) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) => Month(id, null, cancellationToken);

    [HttpGet("statements/{month:regex(^\\d{{4}}-\\d{{2}}$)}")]
    public async Task<IActionResult> Month(Guid id, string? month, CancellationToken cancellationToken) =>
        await Find(id, month, cancellationToken) is { } page ? View("Index", page) : NotFound();

    [HttpGet("statements/{month:regex(^\\d{{4}}-\\d{{2}}$)}.csv")]
    public async Task<IActionResult> StatementCsv(Guid id, string month, [FromServices] RecordDownload record, CancellationToken cancellationToken) =>
        await Find(id, month, cancellationToken) is { } page
            && await record.RunAsync(id, $"the statement for {page.Month:MMMM yyyy}", cancellationToken)
            // With a byte-order mark: a spreadsheet opened from the download reads "£" in a payment's description as UTF-8.
            ? File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Statement.Csv(page))], "text/csv; charset=utf-8", $"statement-{page.Month:yyyy-MM}.csv")
            : NotFound();

    /// <summary>The month's statement as a PDF, to print or keep: in large print if the person's needs say so, or as asked.</summary>
    [HttpGet("statements/{month:regex(^\\d{{4}}-\\d{{2}}$)}.pdf")]
    public async Task<IActionResult> StatementPdf(Guid id, string month, string? print, [FromServices] StatementsOnPaper statements, CancellationToken cancellationToken) =>
        await Find(id, month, cancellationToken) is { } page
            && await statements.PrintAsync(page, PaperResults.RequestedSize(print), cancellationToken) is { } statement
            ? this.Pdf(statement)
            : NotFound();

    // "2026-10" is October 2026; no month is this month; a month that is no month at all ("2026-13") is not found.
    private async Task<AccountPage?> Find(Guid id, string? month, CancellationToken cancellationToken) =>
        month is null ? await pages.FindAsync(id, null, cancellationToken)
        : DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? await pages.FindAsync(id, first, cancellationToken)
        : null;
}
