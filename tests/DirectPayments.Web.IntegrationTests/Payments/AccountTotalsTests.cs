using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Accounts;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// The accounts' totals kept as the ledger is written (docs/adr/0048): the demo's lines, the run's and the import's
/// (in their own test classes) all reach them, and an account read as at a day leaves out the lines after it.
/// </summary>
public sealed class AccountTotalsTests
{
    // The integration tests' today (22 November 2026).
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public async Task The_demo_accounts_totals_are_the_sums_of_their_lines()
    {
        using var factory = new PortalFactory();

        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Fact]
    public async Task Worked_out_again_from_the_ledger_as_the_migration_does_the_totals_are_the_ones_kept()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        await CommitThisPeriodAsync(finance);

        await factory.QueryAsync(db => db.InTransactionAsync(async c =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AccountTotals\"", c);
            return await db.Database.ExecuteSqlRawAsync(AccountTotalsUpkeep.FromTheLedgerSql, c);
        }));

        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Fact]
    public async Task A_ledger_line_added_and_saved_is_refused_because_it_would_miss_its_accounts_totals()
    {
        using var factory = new PortalFactory();
        var caseId = await factory.CaseIdAsync("Alex Citizen");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.QueryAsync(async db =>
        {
            var dp = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId);
            db.Add(Spend(dp.Id, caseId, Today, 10m));
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("InsertAsync", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spending_dated_after_the_day_an_account_is_read_as_at_is_not_in_its_totals()
    {
        using var factory = new PortalFactory();
        var caseId = await factory.CaseIdAsync("Alex Citizen");
        var before = await SummaryAsync(factory, caseId, Today);

        await AddSpendAsync(factory, caseId, Today.AddDays(3), 25m);

        var today = await SummaryAsync(factory, caseId, Today);
        var later = await SummaryAsync(factory, caseId, Today.AddDays(3));
        Assert.Equal(before.SpendOut, today.SpendOut);
        Assert.Equal(before.SpendOut + Money.FromPounds(25m), later.SpendOut);
    }

    [Fact]
    public async Task A_category_first_spent_in_after_the_day_is_not_listed_on_that_day()
    {
        using var factory = new PortalFactory();
        var caseId = await factory.CaseIdAsync("Alex Citizen");
        var categories = (await SummaryAsync(factory, caseId, Today)).SpendByCategory.Select(c => c.Category).ToList();
        Assert.DoesNotContain(SpendCategory.Transport, categories);

        await AddSpendAsync(factory, caseId, Today.AddDays(3), 12m, SpendCategory.Transport);

        Assert.DoesNotContain(SpendCategory.Transport, (await SummaryAsync(factory, caseId, Today)).SpendByCategory.Select(c => c.Category));
        Assert.Equal(Money.FromPounds(12m), (await SummaryAsync(factory, caseId, Today.AddDays(3))).SpendByCategory.Single(c => c.Category == SpendCategory.Transport).Spent);
    }

    [Fact]
    public async Task A_months_balance_brought_forward_is_every_line_before_the_month_and_none_after()
    {
        using var factory = new PortalFactory();
        var caseId = await factory.CaseIdAsync("Alex Citizen");
        var agreementId = await AgreementIdAsync(factory, caseId);
        var lines = await factory.QueryAsync(db => db.Set<AccountTransaction>().AsNoTracking().Where(t => t.DirectPaymentId == agreementId)
            .Select(t => new { t.Date, t.Amount }).ToListAsync());
        var first = new DateOnly(2026, 10, 1);

        var (broughtForward, _) = await WithAccountsAsync(factory, accounts => accounts.MonthAsync(agreementId, 2026, 10));

        Assert.Equal(lines.Where(l => l.Date < first).Select(l => l.Amount).Sum(), broughtForward);
        Assert.Contains(lines, l => l.Date >= first);
    }

    private static async Task CommitThisPeriodAsync(HttpClient finance)
    {
        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-11-16");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
    }

    private static AccountTransaction Spend(Guid agreementId, Guid caseId, DateOnly on, decimal pounds, SpendCategory category = SpendCategory.Equipment) =>
        new(agreementId, caseId, $"TEST-{Guid.NewGuid():N}", on, Money.FromPounds(-pounds), TransactionKind.Spend,
            TransactionSource.StatementImport, "Card payment", "A SHOP", 5999, null, category);

    private static async Task AddSpendAsync(PortalFactory factory, Guid caseId, DateOnly on, decimal pounds, SpendCategory category = SpendCategory.Equipment)
    {
        var agreementId = await AgreementIdAsync(factory, caseId);
        await factory.AddLedgerLinesAsync(Spend(agreementId, caseId, on, pounds, category));
    }

    private static Task<Guid> AgreementIdAsync(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == caseId).Select(d => d.Id).SingleAsync());

    private static Task<AccountSummary> SummaryAsync(PortalFactory factory, Guid caseId, DateOnly asAt) =>
        WithAccountsAsync(factory, async accounts => await accounts.SummaryAsync((await accounts.AgreementForCaseAsync(caseId))!, asAt));

    private static async Task<T> WithAccountsAsync<T>(PortalFactory factory, Func<DirectPaymentAccounts, Task<T>> read)
    {
        using var scope = factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<DirectPaymentAccounts>());
    }
}
