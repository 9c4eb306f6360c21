using AngleSharp.Dom;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static DirectPayments.Web.IntegrationTests.Payments.DirectPaymentLifeTests;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// The next payment the case manager and the person read is what the run pays: the period's due, and what it puts right
/// of periods already paid, or takes back of a surplus. A direct payment of £152.00 a week from 2 November 2026, paid
/// to 13 December by November's run; today is 22 November 2026, and the next run is December's, on 14 December.
/// </summary>
public sealed class NextPaymentTests
{
    private const string December = "2026-12-14";

    [Fact]
    public async Task After_a_change_backdated_into_a_paid_period_the_case_page_shows_what_the_run_then_pays()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "20.00", "30");
        var shown = await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}");

        var paid = await CommitAsync(factory, December, agreementId);

        Assert.StartsWith($"{paid.Amount} on 14 December 2026", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_payment_names_what_it_adds_to_put_right_earlier_payments()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        // £20.00 a week from 30 November: December at £172.00 a week, and 2 weeks already paid at £152.00.
        await DecideContributionAsync(factory, caseId, "20.00", "30");

        Assert.Equal(
            "£728.00 on 14 December 2026: £688.00 for 14 December 2026 to 10 January 2027, and £40.00 to put right earlier payments",
            await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}"));
    }

    [Fact]
    public async Task The_next_payment_names_what_it_takes_back_of_an_overpayment()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        // £60.00 a week from 30 November: December at £132.00 a week, and 2 weeks already paid at £152.00.
        await DecideContributionAsync(factory, caseId, "60.00", "30");

        Assert.Equal(
            "£488.00 on 14 December 2026: £528.00 for 14 December 2026 to 10 January 2027, less £40.00 overpaid before",
            await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}"));
    }

    [Fact]
    public async Task The_next_payment_names_what_it_takes_of_a_surplus_being_recovered()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await factory.QueryAsync(db =>
        {
            var review = new Review(caseId, agreementId, ReviewTrigger.Scheduled, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 2), "test", new DateOnly(2026, 11, 20));
            db.AddRange(review, new SurplusRecovery(caseId, agreementId, review.Id, Money.FromPounds(100m), RecoveryMethod.ReduceNextPayments, new DateOnly(2026, 11, 20)));
            return db.SaveChangesAsync();
        });

        Assert.Equal(
            "£508.00 on 14 December 2026: £608.00 for 14 December 2026 to 10 January 2027, less £100.00 of the surplus being recovered",
            await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}"));
    }

    [Fact]
    public async Task The_persons_case_page_shows_what_the_run_will_pay()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "20.00", "30");

        Assert.StartsWith("£728.00 on 14 December 2026", await NextPaymentOnAsync(factory, "citizen2@example.org", $"/citizen/cases/{caseId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_persons_account_page_shows_what_the_run_will_pay()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "20.00", "30");

        Assert.StartsWith("£728.00 on 14 December 2026", await NextPaymentOnAsync(factory, "citizen2@example.org", $"/citizen/cases/{caseId}/account"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_nothing_to_put_right_the_next_payment_is_its_periods_due()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        Assert.Equal(
            "£608.00 on 14 December 2026, for 14 December 2026 to 10 January 2027",
            await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}"));
    }

    [Fact]
    public async Task A_run_committed_before_its_period_is_the_next_payment_whatever_changes_after_it()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "20.00", "30");
        var paid = await CommitAsync(factory, December, agreementId);

        // Recorded after December's run was committed: the run after it puts this right, not the payment already made.
        await DecideContributionAsync(factory, caseId, "60.00", "30");

        Assert.StartsWith($"{paid.Amount} on 14 December 2026", await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Until_finance_makes_the_run_for_the_period_that_has_begun_it_is_the_next_payment_not_yet_paid()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);

        // 15 December: December's period began yesterday and its run has not been made.
        factory.Clock.Advance(TimeSpan.FromDays(23));
        var shown = await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}");
        var paid = await CommitAsync(factory, December, agreementId);

        Assert.Equal($"{paid.Amount} for 14 December 2026 to 10 January 2027, due on 14 December 2026, not paid yet", shown);
    }

    [Fact]
    public async Task Once_the_run_for_the_period_that_has_begun_is_made_the_next_payment_is_the_next_periods()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(23));

        await CommitAsync(factory, December, agreementId);

        Assert.StartsWith("£608.00 on 11 January 2027", await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_missed_run_the_next_payment_pays_the_period_missed_with_its_own()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        // 12 January: December's run was missed, and January's is not made yet.
        factory.Clock.Advance(TimeSpan.FromDays(51));

        Assert.Equal(
            "£1,216.00 due on 11 January 2027, not paid yet: £608.00 for 11 January 2027 to 7 February 2027, and £608.00 for 14 December 2026 to 10 January 2027, not paid before",
            await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}"));
    }

    [Fact]
    public async Task A_run_made_ahead_that_pays_a_missed_period_says_so_until_its_day()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);

        // 20 December: December's run was missed, and finance makes January's ahead, which pays December's days too.
        factory.Clock.Advance(TimeSpan.FromDays(28));
        await CommitAsync(factory, "2027-01-11", agreementId);

        Assert.Equal(
            "£1,216.00 on 11 January 2027: £608.00 for 11 January 2027 to 7 February 2027, and £608.00 for 14 December 2026 to 10 January 2027, not paid before",
            await NextPaymentOnAsync(factory, "casemanager@example.org", $"/case-management/cases/{caseId}"));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Whether_this_periods_run_was_made_is_asked_only_when_this_period_is_not_paid(bool paid, bool asked)
    {
        var sent = new CommandsSent();
        using var factory = new PortalFactory { TestServices = services => services.AddSingleton<IInterceptor>(sent) };
        var (_, agreementId) = paid ? await PaidForNovemberAsync(factory) : await StartedOn2NovemberAsync(factory, DirectPaymentBasis.Net, 40m);
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var agreement = await context.Set<DirectPaymentAgreement>().AsNoTracking().SingleAsync(d => d.Id == agreementId);
        var before = sent.Of(context).Count;

        await scope.ServiceProvider.GetRequiredService<NextPayments>().ForAsync(agreement, new DateOnly(2026, 11, 22));

        Assert.Equal(asked, sent.Of(context).Skip(before).Any(c => c.Contains("\"PaymentRuns\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Once_this_period_is_paid_the_next_payment_reads_the_payments_once()
    {
        // This period's payment, read to see whether it was made, is also the last payment before the next.
        var sent = new CommandsSent();
        using var factory = new PortalFactory { TestServices = services => services.AddSingleton<IInterceptor>(sent) };
        var (_, agreementId) = await PaidForNovemberAsync(factory);
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var agreement = await context.Set<DirectPaymentAgreement>().AsNoTracking().SingleAsync(d => d.Id == agreementId);
        var before = sent.Of(context).Count;

        await scope.ServiceProvider.GetRequiredService<NextPayments>().ForAsync(agreement, new DateOnly(2026, 11, 22));

        Assert.Single(sent.Of(context).Skip(before), c => c.Contains("FROM \"Payments\"", StringComparison.Ordinal));
    }

    // The "Next payment" row of a page's summary, as its reader sees it.
    private static async Task<string> NextPaymentOnAsync(PortalFactory factory, string email, string url)
    {
        var page = await (await factory.SignedInAsync(email)).GetDocumentAsync(url);
        var row = page.QuerySelectorAll(".govuk-summary-list__row").First(r => r.QuerySelector("dt")?.TextContent.Trim() == "Next payment");
        return Squeezed(row.QuerySelector("dd")!);
    }

    private static string Squeezed(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
