using System.Net;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// Changes after the first payment reach the money. A direct payment of £152.00 a week (a plan of £192.00 less a
/// contribution of £40.00) starts on 2 November 2026; the run for 16 November to 13 December pays 2 November to 13
/// December (6 weeks, £912.00). Then something changes, and the next runs pay what was in force on each day and put
/// right what was already paid. Today is 22 November 2026.
/// </summary>
public sealed class DirectPaymentLifeTests
{
    private const string November = "2026-11-16";
    private const string December = "2026-12-14";
    private const string January = "2027-01-11";

    [Fact]
    public async Task A_lower_contribution_from_inside_a_paid_period_raises_the_next_payment_and_pays_the_days_underpaid()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);

        // A change of circumstances: £20.00 a week from 30 November, so the council pays £172.00 a week.
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var decided = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/financial-assessments/decision", new Dictionary<string, string>
        {
            ["Kind"] = "LightTouch", ["WeeklyCost"] = "192.00", ["WeeklyContribution"] = "20.00",
            ["EffectiveFrom.Day"] = "30", ["EffectiveFrom.Month"] = "11", ["EffectiveFrom.Year"] = "2026", ["Reason"] = "Their pension went down.",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        // December's period at £172.00 (4 weeks, £688.00), plus 30 November to 13 December underpaid by 2 × £20.00.
        var payment = await CommitAsync(factory, December, agreementId);
        Assert.Equal(Money.FromPounds(688m), payment.Due);
        Assert.Equal(Money.FromPounds(728m), payment.Amount);
        var settled = Assert.Single(await factory.QueryAsync(db => db.Set<PaymentAdjustment>().Where(a => a.DirectPaymentId == agreementId).ToListAsync()));
        Assert.Equal((new DateOnly(2026, 11, 16), Money.FromPounds(40m)), (settled.PeriodStart, settled.Amount));
    }

    [Fact]
    public async Task A_commit_of_a_preview_that_has_changed_since_finance_saw_it_is_refused_and_pays_nothing()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        var finance = await factory.SignedInAsync("finance@example.org");
        var seen = await finance.GetDocumentAsync($"/payments/preview?period={December}");

        // While finance checks the list, the case manager records a higher contribution from 30 November.
        await DecideContributionAsync(factory, caseId, "60.00", "30");
        var response = await finance.SubmitFormAsync(seen, new Dictionary<string, string>(), "form[action='/payments/runs']");

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("The payments changed after you looked at them", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Set<Payment>().AnyAsync(p => p.DirectPaymentId == agreementId && p.PeriodStart == new DateOnly(2026, 12, 14))));
    }

    [Fact]
    public async Task A_refused_commit_works_out_the_period_once()
    {
        var sent = new CommandsSent();
        using var factory = new PortalFactory { TestServices = services => services.AddSingleton<IInterceptor>(sent) };
        var (caseId, _) = await PaidForNovemberAsync(factory);
        var finance = await factory.SignedInAsync("finance@example.org");
        var seen = await finance.GetDocumentAsync($"/payments/preview?period={December}");
        await DecideContributionAsync(factory, caseId, "60.00", "30");
        var before = sent.All.Count;

        await finance.SubmitFormAsync(seen, new Dictionary<string, string>(), "form[action='/payments/runs']");

        // Each working-out of the period reads every direct payment's changes once.
        Assert.Single(sent.All.Skip(before), c => c.Contains("FROM \"DirectPaymentChanges\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_preview_shown_again_after_a_change_can_be_committed()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        var finance = await factory.SignedInAsync("finance@example.org");
        var seen = await finance.GetDocumentAsync($"/payments/preview?period={December}");
        await DecideContributionAsync(factory, caseId, "60.00", "30");
        var refused = await PortalClient.ParseAsync(await finance.SubmitFormAsync(seen, new Dictionary<string, string>(), "form[action='/payments/runs']"));

        await finance.SubmitFormAsync(refused, new Dictionary<string, string>(), "form[action='/payments/runs']");

        // What the page showed the second time: December at £132.00 a week, less the 2 weeks overpaid.
        Assert.Equal(Money.FromPounds(488m), (await factory.QueryAsync(db => db.Set<Payment>().SingleAsync(p => p.DirectPaymentId == agreementId && p.PeriodStart == new DateOnly(2026, 12, 14)))).Amount);
    }

    [Fact]
    public async Task The_run_after_a_settled_change_pays_the_new_amount_and_settles_nothing_again()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "60.00", "30");
        await CommitAsync(factory, December, agreementId);

        factory.Clock.Advance(TimeSpan.FromDays(30));
        var january = await CommitAsync(factory, January, agreementId);

        // £132.00 a week from 30 November: four weeks, and nothing more to put right.
        Assert.Equal(Money.FromPounds(528m), january.Amount);
        Assert.Empty(january.Adjustments);
    }

    [Fact]
    public async Task A_missed_run_has_nothing_left_to_pay_late_once_the_next_one_is_made()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "20.00", "30");

        // 12 January: December's run was missed, and January's paid December's days with its own.
        factory.Clock.Advance(TimeSpan.FromDays(51));
        await CommitAsync(factory, January, agreementId);
        var late = await (await factory.SignedInAsync("finance@example.org")).GetDocumentAsync($"/payments/preview?period={December}");

        Assert.Contains("There is nothing to pay for this period.", late.MainText(), StringComparison.Ordinal);
        Assert.Null(late.QuerySelector(".govuk-warning-text"));
    }

    [Fact]
    public async Task A_missed_run_is_paid_by_the_next_one_when_nothing_has_changed()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await PaidForNovemberAsync(factory);

        // 12 January: December's run was missed, and the direct payment is as it started.
        factory.Clock.Advance(TimeSpan.FromDays(51));
        var january = await CommitAsync(factory, January, agreementId);

        // January's four weeks at £152.00, and December's four weeks, never paid.
        Assert.Equal(Money.FromPounds(1216m), january.Amount);
    }

    [Fact]
    public async Task The_account_line_of_a_payment_that_pays_a_missed_run_names_both_periods()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(51));
        await CommitAsync(factory, January, agreementId);

        var account = await (await factory.SignedInAsync("finance@example.org")).GetDocumentAsync($"/payments/accounts/{caseId}");

        Assert.Contains(
            "Council payment: £608.00 for 11 January 2027 to 7 February 2027, and £608.00 for 14 December 2026 to 10 January 2027, not paid before",
            account.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_higher_contribution_from_inside_a_paid_period_takes_the_overpayment_from_the_next_payment()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "60.00", "30");

        // December at £132.00 a week (£528.00), less 30 November to 13 December overpaid by 2 × £20.00.
        var payment = await CommitAsync(factory, December, agreementId);
        Assert.Equal(Money.FromPounds(488m), payment.Amount);
    }

    [Fact]
    public async Task The_preview_says_why_a_payment_is_put_right()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "60.00", "30");

        var preview = await (await factory.SignedInAsync("finance@example.org")).GetDocumentAsync($"/payments/preview?period={December}");

        Assert.Contains("Overpaid by £40.00: taken back.", preview.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_shows_how_a_payment_for_part_of_its_period_was_worked_out()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Suspended", "28", "12", "2026", "In hospital.");

        var row = await PreviewRowAsync(factory, December, "Yusuf Example");

        Assert.Equal("How it was worked out", row.QuerySelector(".govuk-details__summary")?.TextContent.Trim());
        Assert.Contains("2 weeks from 14 Dec 2026 to 27 Dec 2026 × £152.00 = £304.00", row.QuerySelector(".govuk-details__text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_shows_no_working_for_a_payment_of_its_periods_four_weeks_at_one_rate()
    {
        using var factory = new PortalFactory();
        await PaidForNovemberAsync(factory);

        var row = await PreviewRowAsync(factory, December, "Yusuf Example");

        Assert.Contains("£608.00", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector(".govuk-details"));
    }

    [Fact]
    public async Task The_person_is_told_what_changes_and_from_when()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await DecideContributionAsync(factory, caseId, "60.00", "30");

        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == caseId && n.Kind == NoticeKind.PaymentChanged).SingleAsync());
        Assert.Contains("from 30 November 2026 we pay £132.00 a week", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_paid_for_days_suspended_and_what_was_paid_for_them_is_taken_back_after_payments_resume()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);

        // In hospital from 7 December: the week to 13 December was paid already.
        await ChangeStatusAsync(factory, caseId, "Suspended", "7", "12", "2026", "In hospital.");
        var december = await CommitAsync(factory, December, agreementId);
        Assert.Equal(Money.Zero, december.Amount);

        // Home again from 4 January: a week of December's period is due, less the week overpaid before.
        await ChangeStatusAsync(factory, caseId, "Resumed", "4", "1", "2027", "Home from hospital.");
        factory.Clock.Advance(TimeSpan.FromDays(30));
        var january = await CommitAsync(factory, January, agreementId);
        Assert.Equal(Money.FromPounds(4 * 152m + 152m - 152m), january.Amount);
    }

    [Fact]
    public async Task A_resumption_backdated_into_a_period_suspended_throughout_pays_its_days_in_the_next_run()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);

        // In hospital from 14 December, the first day of December's period: its run pays this person nothing.
        await ChangeStatusAsync(factory, caseId, "Suspended", "14", "12", "2026", "In hospital.");
        await CommitRunAsync(factory, December);
        Assert.False(await factory.QueryAsync(db => db.Set<Payment>().AnyAsync(p => p.DirectPaymentId == agreementId && p.PeriodStart == new DateOnly(2026, 12, 14))));

        // Home from 4 January, told to the council after December's run: a week of December's period is owed.
        factory.Clock.Advance(TimeSpan.FromDays(30));
        await ChangeStatusAsync(factory, caseId, "Resumed", "4", "1", "2027", "Home from hospital.");
        var january = await CommitAsync(factory, January, agreementId);

        Assert.Equal(Money.FromPounds(4 * 152m + 152m), january.Amount);
        var settled = Assert.Single(january.Adjustments);
        Assert.Equal(new DateOnly(2026, 12, 14), settled.PeriodStart);
    }

    [Fact]
    public async Task A_suspended_direct_payment_says_so_on_the_persons_page_with_no_next_payment()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Suspended", "22", "11", "2026", "In hospital.");

        var page = await (await factory.SignedInAsync("citizen2@example.org")).GetDocumentAsync($"/citizen/cases/{caseId}");

        Assert.Contains("Suspended", page.QuerySelector(".govuk-tag.govuk-tag--orange")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("None planned", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_after_a_death_reported_late_pays_nothing_more_and_closes_the_case()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);

        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died");

        Assert.Equal(CaseStage.Closed, await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync()));
        var agreement = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.Id == agreementId));
        Assert.Equal(new DateOnly(2026, 11, 20), agreement.EndDate);
        var preview = await (await factory.SignedInAsync("finance@example.org")).GetDocumentAsync($"/payments/preview?period={December}");
        Assert.DoesNotContain(preview.QuerySelectorAll("tbody tr td:first-child"), td => td.TextContent.Trim() == "Sam Second-Citizen");
    }

    [Fact]
    public async Task A_run_after_a_death_takes_nothing_from_the_account_it_cannot_take_from()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died");

        await CommitRunAsync(factory, December);

        // Nothing instructs a bank or card provider to give money back: the account's ledger shows only what left it.
        Assert.False(await factory.QueryAsync(db => db.Set<DirectPayments.Domain.Accounts.AccountTransaction>()
            .AnyAsync(t => t.DirectPaymentId == agreementId && t.Kind == DirectPayments.Domain.Accounts.TransactionKind.Recovery)));
        Assert.False(await factory.QueryAsync(db => db.Set<Payment>().AnyAsync(p => p.DirectPaymentId == agreementId && p.PeriodStart == new DateOnly(2026, 12, 14))));
    }

    [Fact]
    public async Task A_case_manager_cannot_change_a_direct_payment_on_a_case_not_theirs()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = "other.manager@example.org", Email = "other.manager@example.org", DisplayName = "Other Manager", EmailConfirmed = true };
            await users.CreateAsync(user, PortalClient.DemoPassword);
            await users.AddToRoleAsync(user, Roles.CaseManager);
        }

        var other = factory.CreateBrowserlessClient();
        await other.SignInAsync("other.manager@example.org");
        var page = await other.GetAsync($"/case-management/cases/{caseId}/direct-payment/changes");
        var post = await other.PostAsync($"/case-management/cases/{caseId}/direct-payment/changes", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
    }

    [Fact]
    public async Task A_suspension_without_a_date_or_reason_is_refused_with_the_answers_kept()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment/changes", new Dictionary<string, string>
        {
            ["Date.Day"] = "31", ["Date.Month"] = "2", ["Date.Year"] = "2026", ["Reason"] = "",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.ErrorSummary());
        Assert.Equal("2026", (page.QuerySelector("input[name='Date.Year']") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
    }

    [Fact]
    public async Task A_revised_plan_agreed_by_both_sides_pays_its_cost_from_the_day_it_is_agreed_and_the_case_stays_active()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var person = await factory.SignedInAsync("citizen2@example.org");

        // Version 2 adds £24.00 a week of day activities: £216.00 a week, so the council pays £176.00 from today.
        await ProposeDayActivitiesAsync(manager, caseId);
        Assert.Equal(CaseStage.Active, await StageAsync(factory, caseId));
        await person.SubmitFormAsync(await person.GetDocumentAsync($"/citizen/cases/{caseId}/plan"), new Dictionary<string, string>(), $"form[action='/citizen/cases/{caseId}/plan/agree']");
        await manager.SubmitFormAsync(await manager.GetDocumentAsync($"/case-management/cases/{caseId}/plan"), new Dictionary<string, string>(), $"form[action='/case-management/cases/{caseId}/plan/agree']");

        Assert.Equal(CaseStage.Active, await StageAsync(factory, caseId));
        var citizenPage = await person.GetDocumentAsync($"/citizen/cases/{caseId}");
        Assert.Contains("£176.00", citizenPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("What we pay each week (your direct payment)", citizenPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var december = await CommitAsync(factory, December, agreementId);
        Assert.Equal(Money.FromPounds(4 * 176m), december.Due);
        Assert.True(december.Amount > december.Due, "22 November to 13 December was paid at £152.00 a week, so the difference is added.");
    }

    [Fact]
    public async Task A_revised_plan_agreed_tells_the_person_their_payment_changes_not_that_it_will_be_set_up()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var person = await factory.SignedInAsync("citizen2@example.org");
        var planUrl = $"/case-management/cases/{caseId}/plan";
        await ProposeDayActivitiesAsync(manager, caseId);
        var councilAgreed = await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/agree']");
        Assert.Equal(HttpStatusCode.Redirect, councilAgreed.StatusCode);

        await person.SubmitFormAsync(await person.GetDocumentAsync($"/citizen/cases/{caseId}/plan"), new Dictionary<string, string>(), $"form[action='/citizen/cases/{caseId}/plan/agree']");

        var agreed = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == caseId && n.Kind == NoticeKind.PlanAgreed).ToListAsync());
        var letter = agreed.OrderBy(n => n.CreatedAt).Last();
        Assert.Equal("Your revised support plan is agreed", letter.Title);
        Assert.DoesNotContain("set up your direct payment", letter.Body, StringComparison.Ordinal);
    }

    /// <summary>The case manager proposes version 2 of the plan: the same, and £24.00 a week of day activities (an art group).</summary>
    internal static async Task ProposeDayActivitiesAsync(HttpClient manager, Guid caseId)
    {
        var planUrl = $"/case-management/cases/{caseId}/plan";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/start']");
        await manager.SubmitFormAsync($"{planUrl}/lines/new", new List<KeyValuePair<string, string>>
        {
            new("Category", "DayActivities"), new("Description", "Art group"), new("Need", "UsingCommunityFacilities"), new("Outcome", "Meets people"),
            new("Costing", "amount"), new("Amount", "24"), new("Frequency", "Weekly"), new("Delivery", "DirectPayment"), new("Restriction", "None"),
        });
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/propose']");
    }

    private static Task<CaseStage> StageAsync(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync());

    internal static async Task DecideContributionAsync(PortalFactory factory, Guid caseId, string contribution, string day)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var decided = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/financial-assessments/decision", new Dictionary<string, string>
        {
            ["Kind"] = "LightTouch", ["WeeklyCost"] = "192.00", ["WeeklyContribution"] = contribution,
            ["EffectiveFrom.Day"] = day, ["EffectiveFrom.Month"] = "11", ["EffectiveFrom.Year"] = "2026", ["Reason"] = "Their income changed.",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
    }

    internal static async Task ChangeStatusAsync(PortalFactory factory, Guid caseId, string change, string day, string month, string year, string reason, string? why = null, Dictionary<string, string>? more = null)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var url = $"/case-management/cases/{caseId}/direct-payment/changes" + (change == "Ended" ? "?change=Ended" : string.Empty);
        var fields = new Dictionary<string, string> { ["Date.Day"] = day, ["Date.Month"] = month, ["Date.Year"] = year, ["Reason"] = reason };
        if (why is not null)
        {
            fields["Why"] = why;
        }

        foreach (var (key, value) in more ?? [])
        {
            fields[key] = value;
        }

        var response = await manager.SubmitFormAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await PortalClient.ParseAsync(response)).ErrorSummary()));
    }

    // A direct payment started (as the case manager's set-up would) on 2 November, and November's run committed.
    internal static async Task<(Guid CaseId, Guid AgreementId)> PaidForNovemberAsync(PortalFactory factory)
    {
        var (caseId, agreementId) = await StartedOn2NovemberAsync(factory, DirectPaymentBasis.Net, 40m);
        var november = await CommitAsync(factory, November, agreementId);
        Assert.Equal(Money.FromPounds(912m), november.Amount);
        return (caseId, agreementId);
    }

    /// <summary>Yusuf's plan of £192.00 a week and a direct payment of it from 2 November, net to a card or gross to a bank account; no run yet.</summary>
    internal static async Task<(Guid CaseId, Guid AgreementId)> StartedOn2NovemberAsync(PortalFactory factory, DirectPaymentBasis basis, decimal contribution)
    {
        var caseId = await factory.ReadyForDirectPaymentAsync("Yusuf Example", contribution);
        var start = new DateOnly(2026, 11, 2);
        var (account, number) = basis == DirectPaymentBasis.Net ? (AccountType.PrepaidCard, "4929000000007777") : (AccountType.BankAccount, "12345678901234");
        var agreementId = await factory.QueryAsync(async db =>
        {
            var careCase = await db.Set<CareCase>().SingleAsync(c => c.Id == caseId);
            var plan = await db.Set<SupportPlan>().Include(p => p.Lines).SingleAsync(p => p.CaseId == caseId);
            plan.Activate(start);
            var agreement = new DirectPaymentAgreement(caseId, plan.Id, basis, Recipient.ThePerson, "Yusuf Example", account,
                number, plan.WeeklyDirectPayment, Money.FromPounds(contribution), start, start.AddMonths(6));
            careCase.PaymentStarted(start);
            db.Add(agreement);
            await db.SaveChangesAsync();
            return agreement.Id;
        });
        return (caseId, agreementId);
    }

    internal static async Task<Payment> CommitAsync(PortalFactory factory, string period, Guid agreementId)
    {
        await CommitRunAsync(factory, period);
        var start = DateOnly.Parse(period, System.Globalization.CultureInfo.InvariantCulture);
        return await factory.QueryAsync(db => db.Set<Payment>().Include(p => p.Adjustments)
            .SingleAsync(p => p.DirectPaymentId == agreementId && p.PeriodStart == start && p.Kind == PaymentKind.Regular));
    }

    // The preview's row for a payee, as finance sees it.
    private static async Task<AngleSharp.Dom.IElement> PreviewRowAsync(PortalFactory factory, string period, string payee)
    {
        var preview = await (await factory.SignedInAsync("finance@example.org")).GetDocumentAsync($"/payments/preview?period={period}");
        return preview.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")?.TextContent.Trim() == payee);
    }

    internal static async Task CommitRunAsync(PortalFactory factory, string period)
    {
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={period}");
        var response = await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        Assert.True(response.StatusCode < HttpStatusCode.BadRequest, $"{response.StatusCode}");
    }
}
