using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Rates;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Foundation;

public sealed class DemoDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_data_holds_a_case_at_every_stage()
    {
        var stages = await factory.QueryAsync(db => db.Set<CareCase>().Select(c => c.Stage).Distinct().ToListAsync());

        Assert.All(Enum.GetValues<CaseStage>().Where(s => s != CaseStage.ReviewDue), s => Assert.Contains(s, stages));
    }

    [Fact]
    public async Task Seeding_the_demo_again_adds_nothing()
    {
        using var portal = new PortalFactory();
        var before = await portal.QueryAsync(db => db.Set<CareCase>().CountAsync());

        await SeedStageCasesAgainAsync(portal);

        Assert.Equal(before, await portal.QueryAsync(db => db.Set<CareCase>().CountAsync()));
    }

    [Fact]
    public async Task A_demo_database_made_before_a_case_was_added_to_the_demo_gains_it()
    {
        using var portal = new PortalFactory();
        // As a database made before Chloe joined the demo: nobody of her name.
        await portal.QueryAsync(db => db.Set<CareCase>().Where(c => c.SubjectName == "Chloe Morgan")
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.SubjectName, "Someone Earlier")));

        await SeedStageCasesAgainAsync(portal);

        Assert.Equal(1, await portal.QueryAsync(db => db.Set<CareCase>().CountAsync(c => c.SubjectName == "Chloe Morgan")));
    }

    private static async Task SeedStageCasesAgainAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoStageCases>().SeedAsync();
    }

    [Fact]
    public async Task The_demo_data_holds_a_review_coming_up()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync("/case-management?stage=ReviewDue");

        Assert.NotEmpty(page.QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData("A cooker")]
    [InlineData("A year's membership at the local swimming pool")]
    [InlineData("A short break from caring")]
    public async Task The_demo_data_holds_the_seeds_one_off_payments(string description)
    {
        Assert.True(await factory.QueryAsync(db => db.Set<OneOffDirectPayment>().AnyAsync(p => p.Description == description)));
    }

    [Fact]
    public async Task The_demo_data_holds_an_ongoing_payment_employing_a_personal_assistant()
    {
        Assert.True(await factory.QueryAsync(db => db.Set<SupportPlan>()
            .AnyAsync(p => p.Status == SupportPlanStatus.Active && p.Lines.Any(l => l.Category == SupportCategory.PersonalAssistant))));
    }

    [Fact]
    public async Task The_demo_data_holds_a_budget_waiting_for_a_manager()
    {
        var admin = await factory.SignedInAsync("admin@example.org");

        Assert.Contains("Harold Big", (await admin.GetDocumentAsync("/administration/approvals")).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_active_plan_has_a_final_budget_in_force()
    {
        var unbudgeted = await factory.QueryAsync(db => db.Set<SupportPlan>()
            .Where(p => p.Status == SupportPlanStatus.Active)
            .Where(p => !db.Set<PersonalBudget>().Any(b => b.PlanId == p.Id && b.Status == ApprovalStatus.Approved && !b.Replaced))
            .CountAsync());

        Assert.Equal(0, unbudgeted);
    }

    [Fact]
    public async Task The_demo_cards_stay_in_credit_and_agree_with_the_ledger_wherever_today_falls()
    {
        var calendar = factory.Services.GetRequiredService<PaymentCalendar>();
        var today = DateOnly.FromDateTime(PortalFactory.DefaultNow.Date);
        foreach (var name in new[] { "Alex Citizen", "Olive Review" })
        {
            var caseId = await factory.CaseIdAsync(name);
            var seeded = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId));

            // The same direct payment started on each of the days of two years, with the statement to the day before
            // the period with "today" in it, as the demo builds it.
            for (var shift = 0; shift < 730; shift++)
            {
                var agreement = new DirectPaymentAgreement(seeded.CaseId, seeded.PlanId, seeded.Basis, seeded.Recipient, seeded.RecipientName, seeded.AccountType,
                    seeded.AccountIdentifier, seeded.WeeklyPersonalBudget, seeded.WeeklyContribution, seeded.StartDate.AddDays(shift), seeded.StartDate.AddDays(shift).AddMonths(6).AddDays(-1));
                var statementEnd = calendar.PeriodContaining(today.AddDays(shift)).Previous.End;
                var card = name == "Alex Citizen" ? DemoAccountData.AlexCard(agreement, calendar, statementEnd) : DemoAccountData.OliveCard(agreement, calendar, statementEnd);

                Assert.NotEmpty(card);
                Assert.All(card, line => Assert.True(line.RunningBalance >= Money.Zero, $"{name}, started {agreement.StartDate}: {line.RunningBalance} after {line.Description} on {line.Date}"));
                Assert.Equal(card.Select(l => l.Amount).Sum(), card[^1].RunningBalance);
            }
        }
    }

    [Fact]
    public async Task The_demo_has_rates_for_this_financial_year_and_the_last()
    {
        var years = await factory.QueryAsync(db => db.Set<ChargingYear>().Select(y => y.StartYear).ToListAsync());

        var today = DateOnly.FromDateTime(PortalFactory.DefaultNow.Date);
        Assert.Contains(FinancialYear.Containing(today).StartYear, years);
        Assert.Contains(FinancialYear.Containing(today.AddYears(-1)).StartYear, years);
    }
}

public sealed class DemoDataOnAnyDayTests
{
    [Theory]
    [InlineData(2027, 5, 9)]
    [InlineData(2028, 2, 29)]
    [InlineData(2031, 8, 15)]
    public async Task The_portal_starts_with_its_demo_data_in_a_year_the_rates_file_does_not_have(int year, int month, int day)
    {
        using var factory = PortalFactory.OnUkDay(new DateOnly(year, month, day), new TimeOnly(10, 0));
        var today = new DateOnly(year, month, day);

        var citizen = await factory.SignedInAsync("citizen@example.org");
        await citizen.GetDocumentAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}");

        // A year copied for the demo says where its rates came from, every one of them still to be confirmed.
        var copied = await factory.QueryAsync(db => db.Set<ChargingYear>().Include(y => y.Rates).SingleAsync(y => y.StartYear == FinancialYear.Containing(today).StartYear));
        Assert.All(copied.Rates, r => Assert.Equal(Domain.Charging.RateStatus.Unconfirmed, r.Status));
    }
}
