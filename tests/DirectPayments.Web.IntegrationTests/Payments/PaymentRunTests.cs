using System.Net;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Payments;

public sealed class PaymentRunTests
{
    // The demo's today, 22 November 2026, is in the period 16 November to 13 December (anchor 6 April 2026).
    private const string Period = "2026-11-16";
    private const string PreviousPeriod = "2026-10-19";
    private const string LateReason = "The run was missed while the finance system was down";

    [Fact]
    public async Task A_preview_shows_each_payment_and_saves_nothing()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var preview = await finance.GetDocumentAsync($"/payments/preview?period={Period}");

        // Alex: £60 plan less £29.30 contribution = £30.70 a week, so £122.80 for 4 weeks.
        var alexRow = preview.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Alex Citizen", StringComparison.Ordinal));
        Assert.Contains("£122.80", alexRow.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
    }

    [Fact]
    public async Task Committing_pays_each_direct_payment_once_with_a_control_total_and_a_ledger_line()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        await Commit(finance);

        var run = await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync());
        var payments = await factory.QueryAsync(db => db.Set<Payment>().ToListAsync());
        Assert.Equal(payments.Count, run.PaymentCount);
        Assert.Equal(payments.Select(p => p.Amount).Sum(), run.ControlTotal);
        // A one-off paid to its own payee (the demo's supplier for Joan) goes into no direct payment account.
        Assert.Equal(payments.Count(p => p.DirectPaymentId is not null), await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.Source == TransactionSource.PaymentRun)));
    }

    [Fact]
    public async Task A_runs_ledger_lines_reach_their_accounts_totals()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        await Commit(finance);

        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Fact]
    public async Task A_run_whose_account_totals_cannot_be_written_saves_no_ledger_line()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var before = await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync());

        await factory.InsertsFailAsync("AccountTotals", true);
        var failed = await Commit(finance);

        Assert.Contains("stopped part-way and nothing was saved", (await finance.GetDocumentAsync(failed.Location()!)).MainText(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
    }

    [Fact]
    public async Task Running_the_same_period_again_pays_nobody_twice()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={Period}");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        var first = await factory.QueryAsync(db => db.Set<Payment>().CountAsync());

        // The same page, committed again, as from a second tab or a double click.
        var again = await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");

        Assert.Equal(first, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
        Assert.Contains("already been paid", (await finance.GetDocumentAsync(again.Location()!)).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_killed_half_way_leaves_nothing_and_the_rerun_pays_everyone_once()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var expected = (await finance.GetDocumentAsync($"/payments/preview?period={Period}")).QuerySelectorAll("tbody tr").Length;

        // The database fails after the run and its payments are written, before their ledger lines.
        await factory.InsertsFailAsync("AccountTransactions", true);
        var failed = await Commit(finance);
        Assert.Contains("stopped part-way and nothing was saved", (await finance.GetDocumentAsync(failed.Location()!)).MainText(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));

        await factory.InsertsFailAsync("AccountTransactions", false);
        await Commit(finance);

        var payments = await factory.QueryAsync(db => db.Set<Payment>().ToListAsync());
        Assert.Equal(expected, payments.Count);
        Assert.Equal(payments.Count, payments.Select(p => p.PaidItemKey).Distinct().Count());
    }

    [Fact]
    public async Task Two_runs_at_the_same_moment_pay_nobody_twice()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("finance@example.org");
        var second = await factory.SignedInAsync("admin@example.org");
        var expected = (await first.GetDocumentAsync($"/payments/preview?period={Period}")).QuerySelectorAll("tbody tr").Length;

        // Both have the preview open before either commits, as two people at two desks would.
        var firstPreview = await first.GetDocumentAsync($"/payments/preview?period={Period}");
        var secondPreview = await second.GetDocumentAsync($"/payments/preview?period={Period}");

        await Task.WhenAll(Submit(first, firstPreview), Submit(second, secondPreview));

        var keys = await factory.QueryAsync(db => db.Set<Payment>().Select(p => p.PaidItemKey).ToListAsync());
        Assert.Equal(expected, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task Two_runs_for_adjacent_periods_at_the_same_moment_pay_no_day_twice()
    {
        using var factory = new PortalFactory();
        var agreement = await StartedOnAsync(factory, "Yusuf Example", new DateOnly(2026, 11, 2));
        var first = await factory.SignedInAsync("finance@example.org");
        var second = await factory.SignedInAsync("admin@example.org");

        // The run for 19 October (paid late, with a reason) pays from the start; the first payment in the run for 16
        // November would back-pay it.
        var firstPreview = await first.GetDocumentAsync($"/payments/preview?period={PreviousPeriod}");
        var secondPreview = await second.GetDocumentAsync($"/payments/preview?period={Period}");
        await Task.WhenAll(Submit(first, firstPreview, LateReason), Submit(second, secondPreview));

        // Whichever run lost is committed again, as finance would after the message, and pays what is left.
        await CommitWhatIsLeft(first, PreviousPeriod, LateReason);
        await CommitWhatIsLeft(second, Period);

        // Either run may win: every day from the start to the end of the later period is paid, and none twice.
        var paid = await PaidDaysAsync(factory, agreement);
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 13)), (paid[0].From, paid[^1].To));
        Assert.All(paid.Zip(paid.Skip(1)), pair => Assert.Equal(pair.First.To.AddDays(1), pair.Second.From));
    }

    [Fact]
    public async Task A_missed_run_made_late_at_the_same_moment_as_the_next_one_pays_no_day_twice()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await DirectPaymentLifeTests.PaidForNovemberAsync(factory);
        await DirectPaymentLifeTests.DecideContributionAsync(factory, caseId, "20.00", "30");

        // 12 January: December's run was missed. Finance pays it late as a colleague makes January's, which would pay
        // December's days with its own.
        factory.Clock.Advance(TimeSpan.FromDays(51));
        var first = await factory.SignedInAsync("finance@example.org");
        var second = await factory.SignedInAsync("admin@example.org");
        var firstPreview = await first.GetDocumentAsync("/payments/preview?period=2026-12-14");
        var secondPreview = await second.GetDocumentAsync("/payments/preview?period=2027-01-11");
        // Whichever commits second finds its payments changed since its preview (ADR 51), or loses the claim on
        // December's days; either way it is committed again, as finance would after the message.
        var answers = await Task.WhenAll(
            first.SubmitFormAsync(firstPreview, new Dictionary<string, string> { ["LateReason"] = LateReason }, "form[action='/payments/runs']"),
            second.SubmitFormAsync(secondPreview, new Dictionary<string, string>(), "form[action='/payments/runs']"));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Redirect }));
        await CommitWhatIsLeft(first, "2026-12-14", LateReason);
        await CommitWhatIsLeft(second, "2027-01-11");

        // £152.00 a week from 2 November, £172.00 from 30 November, to 7 February: £2,328.00, whichever run won.
        var paid = await factory.QueryAsync(db => db.Set<Payment>().Where(p => p.DirectPaymentId == agreementId).Select(p => p.Amount).ToListAsync());
        Assert.Equal(Money.FromPounds(2328m), paid.Sum());
    }

    [Fact]
    public async Task A_period_back_paid_by_a_later_run_is_not_paid_again_by_its_own_run()
    {
        using var factory = new PortalFactory();
        var agreement = await StartedOnAsync(factory, "Yusuf Example", new DateOnly(2026, 11, 2));
        var finance = await factory.SignedInAsync("finance@example.org");
        await Commit(finance, Period);

        await Commit(finance, PreviousPeriod, LateReason);

        Assert.Equal([(new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 13))], await PaidDaysAsync(factory, agreement));
    }

    [Fact]
    public async Task The_database_refuses_a_second_payment_for_a_back_paid_period()
    {
        using var factory = new PortalFactory();
        var agreementId = await StartedOnAsync(factory, "Yusuf Example", new DateOnly(2026, 11, 2));
        await Commit(await factory.SignedInAsync("finance@example.org"), Period);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var agreement = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.Id == agreementId);
        var run = new PaymentRun(new PaymentPeriod(new DateOnly(2026, 10, 19)), "test", DateTimeOffset.UtcNow);
        db.AddRange(run, new Payment(run.Id, agreement, "DP-DUPLICATE", run.Period, PaymentKind.Regular, null,
            agreement.StartDate, run.Period.End, Money.FromPounds(1m), Money.Zero, Money.FromPounds(1m)));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_database_refuses_a_second_payment_for_the_same_period()
    {
        using var factory = new PortalFactory();
        await Commit(await factory.SignedInAsync("finance@example.org"));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var agreement = await db.Set<DirectPaymentAgreement>().FirstAsync();
        var run = new PaymentRun(new PaymentPeriod(new DateOnly(2026, 11, 16)), "test", DateTimeOffset.UtcNow);
        var duplicate = new Payment(run.Id, agreement, "DP-DUPLICATE", run.Period, PaymentKind.Regular, null,
            run.Period.Start, run.Period.End, Money.FromPounds(1m), Money.Zero, Money.FromPounds(1m));
        db.AddRange(run, duplicate);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_recovery_after_a_review_reduces_the_next_payment()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await factory.QueryAsync(async db =>
        {
            var agreement = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == alex);
            var review = new Review(alex, agreement.Id, ReviewTrigger.Scheduled, new DateOnly(2026, 11, 1), agreement.StartDate, "test", new DateOnly(2026, 11, 1));
            db.AddRange(review, new SurplusRecovery(alex, agreement.Id, review.Id, Money.FromPounds(100m), RecoveryMethod.ReduceNextPayments, new DateOnly(2026, 11, 1)));
            return await db.SaveChangesAsync();
        });

        await Commit(await factory.SignedInAsync("finance@example.org"));

        var payment = await factory.QueryAsync(db => db.Set<Payment>().SingleAsync(p => p.CaseId == alex));
        Assert.Equal(Money.FromPounds(100m), payment.Recovered);
        Assert.Equal(Money.FromPounds(22.80m), payment.Amount);
        Assert.True((await factory.QueryAsync(db => db.Set<SurplusRecovery>().SingleAsync(r => r.CaseId == alex))).Settled);
    }

    [Fact]
    public async Task A_one_off_payment_with_no_account_is_listed_as_a_problem_and_not_paid()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        // As one set up before one-offs had payees of their own, for a person with no direct payment.
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"OneOffDirectPayments\" SET \"PayeeName\" = NULL, \"PayeeAccountType\" = NULL, \"PayeeAccountDigits\" = NULL"));

        var preview = await finance.GetDocumentAsync($"/payments/preview?period={Period}");
        await Commit(finance);

        Assert.Contains("A year's membership at the local swimming pool", preview.MainText(), StringComparison.Ordinal);
        Assert.Contains("no account to pay it into", preview.MainText(), StringComparison.Ordinal);
        var joan = await factory.CaseIdAsync("Joan Fisher");
        Assert.False(await factory.QueryAsync(db => db.Set<Payment>().AnyAsync(p => p.CaseId == joan)));
    }

    [Fact]
    public async Task A_one_off_payment_due_in_the_period_is_paid_into_the_persons_account_once()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await manager.SubmitFormAsync($"/case-management/cases/{alex}/one-off-payments/new", new Dictionary<string, string>
        {
            ["Description"] = "A cooker", ["Need"] = "ManagingNutrition", ["Outcome"] = "Cooks hot meals",
            ["Amount"] = "350.00", ["DueOn.Day"] = "30", ["DueOn.Month"] = "11", ["DueOn.Year"] = "2026", ["PaidTo"] = "DirectPaymentAccount",
        });
        var finance = await factory.SignedInAsync("finance@example.org");

        var preview = await finance.GetDocumentAsync($"/payments/preview?period={Period}");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");

        var oneOff = await factory.QueryAsync(db => db.Set<Payment>().SingleAsync(p => p.CaseId == alex && p.Kind == PaymentKind.OneOff));
        Assert.Equal(Money.FromPounds(320.70m), oneOff.Amount);
    }

    [Theory]
    [InlineData("casemanager@example.org")]
    [InlineData("citizen@example.org")]
    [InlineData("reviewer@example.org")]
    public async Task Only_finance_and_administrators_run_payments(string email)
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(email);

        using var response = await client.GetAsync($"/payments/preview?period={Period}");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_does_not_start_a_period_is_not_found()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await finance.GetAsync("/payments/preview?period=2026-11-17");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task CommitWhatIsLeft(HttpClient client, string period, string? lateReason = null)
    {
        var preview = await client.GetDocumentAsync($"/payments/preview?period={period}");
        if (preview.QuerySelector("form[action='/payments/runs']") is not null)
        {
            await Commit(client, period, lateReason);
        }
    }

    // A direct payment started (as the case manager's set-up would) on a day in the period before the demo's current one.
    private static async Task<Guid> StartedOnAsync(PortalFactory factory, string subject, DateOnly start)
    {
        var caseId = await factory.ReadyForDirectPaymentAsync(subject, contribution: 40m);
        return await factory.QueryAsync(async db =>
        {
            var careCase = await db.Set<CareCase>().SingleAsync(c => c.Id == caseId);
            var plan = await db.Set<SupportPlan>().SingleAsync(p => p.CaseId == caseId);
            plan.Activate(start);
            var agreement = new DirectPaymentAgreement(caseId, plan.Id, DirectPaymentBasis.Net, Recipient.ThePerson, subject, AccountType.PrepaidCard,
                "4929000000007777", plan.WeeklyDirectPayment, Money.FromPounds(40m), start, start.AddMonths(6));
            careCase.PaymentStarted(start);
            db.Add(agreement);
            await db.SaveChangesAsync();
            return agreement.Id;
        });
    }

    private static Task<List<(DateOnly From, DateOnly To)>> PaidDaysAsync(PortalFactory factory, Guid agreement) =>
        factory.QueryAsync(async db => (await db.Set<Payment>().Where(p => p.DirectPaymentId == agreement && p.Kind == PaymentKind.Regular)
                .Select(p => new { p.CoversFrom, p.CoversTo }).ToListAsync())
            .OrderBy(p => p.CoversFrom).Select(p => (p.CoversFrom, p.CoversTo)).ToList());

    private static async Task<HttpResponseMessage> Commit(HttpClient client, string period = Period, string? lateReason = null) =>
        await Submit(client, await client.GetDocumentAsync($"/payments/preview?period={period}"), lateReason);

    // A commit the window refuses shows the preview again (200); a commit the run refuses or loses redirects.
    private static async Task<HttpResponseMessage> Submit(HttpClient client, AngleSharp.Dom.IDocument preview, string? lateReason = null)
    {
        var response = await client.SubmitFormAsync(
            preview, lateReason is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["LateReason"] = lateReason }, "form[action='/payments/runs']");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The run answered {(int)response.StatusCode}, not a redirect");
        }

        return response;
    }
}
