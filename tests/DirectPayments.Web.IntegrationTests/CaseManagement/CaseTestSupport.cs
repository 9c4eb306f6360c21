using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>Signing in and finding demo cases, shared by the case-management tests.</summary>
public static class CaseTestSupport
{
    public static async Task<HttpClient> SignedInAsync(this PortalFactory factory, string email)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>A second case manager, holding none of the demo's cases, signed in (made the first time it is asked for).</summary>
    public static async Task<HttpClient> OtherCaseManagerAsync(this PortalFactory factory, string email = "other.manager@example.org")
    {
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DirectPayments.Infrastructure.Identity.ApplicationUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new DirectPayments.Infrastructure.Identity.ApplicationUser { UserName = email, Email = email, DisplayName = "Other Manager", EmailConfirmed = true };
                await users.CreateAsync(user, PortalClient.DemoPassword);
                await users.AddToRoleAsync(user, Application.Common.Roles.CaseManager);
            }
        }

        return await factory.SignedInAsync(email);
    }

    public static async Task<Guid> CaseIdAsync(this PortalFactory factory, string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return (await db.Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }

    /// <summary>Reads the database as it is now, in a scope of its own.</summary>
    public static async Task<T> QueryAsync<T>(this PortalFactory factory, Func<DirectPaymentsDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>());
    }

    public static string MainText(this AngleSharp.Dom.IDocument page) => page.QuerySelector("main")!.TextContent;

    /// <summary>A case with an agreed plan (12 hours of a personal assistant at £16) and a verified contribution.</summary>
    public static async Task<Guid> ReadyForDirectPaymentAsync(this PortalFactory factory, string subject, decimal contribution, decimal verifiedCost = 192m)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var manager = await db.Users.SingleAsync(u => u.Email == "casemanager@example.org");
        var person = await db.Users.SingleAsync(u => u.Email == "citizen2@example.org");
        var today = new DateOnly(2026, 11, 22);
        var careCase = new CareCase(subject, new DateOnly(1980, 1, 1), RequestType.Self, null, person.Id, today);
        careCase.Allocate(manager.Id, today);
        careCase.PlanToAgree(today);
        var plan = new SupportPlan(careCase.Id, 1);
        plan.AddLine(new SupportPlanLineDetails(SupportCategory.PersonalAssistant, "Personal assistant", EligibilityOutcome.PersonalHygiene,
            "Washed and dressed", Money.Zero, Frequency.Weekly, 12m, Money.FromPounds(16m), DeliveryOption.DirectPayment));
        plan.Propose(today);
        plan.AgreeAsPerson("person", today);
        plan.AgreeAsCouncil("manager", today);
        var rates = await scope.ServiceProvider.GetRequiredService<IChargingRatesProvider>().FindAsync(new FinancialYear(2026));
        var input = new FinancialAssessmentInput
        {
            Age = 46,
            Incomes = [new IncomeItem(IncomeType.OccupationalPension, Money.FromPounds(120.40m + contribution), Frequency.Weekly)],
            WeeklyCostOfCare = Money.FromPounds(verifiedCost),
        };
        var assessment = FinancialAssessment.Submit(careCase.Id, 1, input, person.Id);
        assessment.ApplyResult(FinancialAssessmentCalculator.Assess(input, rates!.Rates!, rates.Policy), today);
        assessment.Verify("manager", today);
        db.AddRange(careCase, plan, assessment);
        await db.SaveChangesAsync();
        Assert.Equal(Money.FromPounds(Math.Min(contribution, verifiedCost)), assessment.WeeklyContribution);
        return careCase.Id;
    }
}
