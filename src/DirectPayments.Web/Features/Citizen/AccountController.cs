using System.Globalization;
using System.Text;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Features.Payments;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Citizen;

public sealed record AccountPage(
    CareCase Case, AccountSummary Summary, IReadOnlyList<DateOnly> Months, Money BroughtForward, IReadOnlyList<Domain.Accounts.AccountTransaction> Lines, DateOnly Month,
    ILookup<Guid, Domain.Evidence.EvidenceFile> Receipts);

/// <summary>
/// The person's direct payment account: its balance, payments and contributions in, spending by the support plan's
/// categories, contribution arrears, the next payment, and each month's statement (on screen or as CSV).
/// </summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/account")]
public sealed class AccountController(
    DirectPaymentsDbContext db, IAuthorizationService authorization, DirectPaymentAccounts accounts, CouncilClock clock) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) => Month(id, null, cancellationToken);

    [HttpGet("statements/{month:regex(^\\d{{4}}-\\d{{2}}$)}")]
    public async Task<IActionResult> Month(Guid id, string? month, CancellationToken cancellationToken)
    {
        if (await Load(id, month, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View("Index", page);
    }

    [HttpGet("statements/{month:regex(^\\d{{4}}-\\d{{2}}$)}.csv")]
    public async Task<IActionResult> StatementCsv(Guid id, string month, CancellationToken cancellationToken)
    {
        if (await Load(id, month, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var csv = Statements.StatementCsv(page.Summary.Agreement, page.Month.Year, page.Month.Month, page.BroughtForward, page.Lines);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", $"statement-{page.Month:yyyy-MM}.csv");
    }

    private async Task<AccountPage?> Load(Guid id, string? month, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(User, careCase, CaseOperations.View)).Succeeded
            || await accounts.AgreementForCaseAsync(id, cancellationToken) is not { } agreement)
        {
            return null;
        }

        var today = clock.Today;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var first = new DateOnly(agreement.StartDate.Year, agreement.StartDate.Month, 1);
        var chosen = month is null ? thisMonth
            : DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateOnly?)null;
        if (chosen is not { } shown || shown < first || shown > thisMonth)
        {
            return null;
        }

        var months = new List<DateOnly>();
        for (var m = thisMonth; m >= first; m = m.AddMonths(-1))
        {
            months.Add(m);
        }

        var summary = await accounts.SummaryAsync(agreement, today, cancellationToken);
        var (broughtForward, lines) = await accounts.MonthAsync(agreement.Id, shown.Year, shown.Month, cancellationToken);
        var receipts = (await db.Set<Domain.Evidence.EvidenceFile>().AsNoTracking().Where(f => f.CaseId == id && f.TransactionId != null).ToListAsync(cancellationToken))
            .ToLookup(f => f.TransactionId!.Value);
        return new AccountPage(careCase, summary, months, broughtForward, lines, shown, receipts);
    }
}
