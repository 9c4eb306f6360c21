using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Persistence;

public sealed class SupportPlanPersistenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_saved_plan_reads_back_with_its_lines_and_totals()
    {
        using var client = factory.CreateBrowserlessClient();
        var planId = await SavePlan();

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var plan = await db.Set<SupportPlan>().Include(p => p.Lines).SingleAsync(p => p.Id == planId);

        Assert.Equal(2, plan.Lines.Count);
        Assert.Equal(Money.FromPounds(198.00m), plan.WeeklyTotal);
        Assert.Equal(BudgetDelivery.Mixed, plan.Delivery);
    }

    [Fact]
    public async Task Every_line_added_is_on_the_cases_history()
    {
        using var client = factory.CreateBrowserlessClient();
        var planId = await SavePlan();

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var plan = await db.Set<SupportPlan>().SingleAsync(p => p.Id == planId);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.CaseId == plan.CaseId && a.EntityType == nameof(SupportPlanLine)));
    }

    [Fact]
    public async Task When_two_people_change_the_same_plan_the_second_save_is_refused_and_the_first_kept()
    {
        using var client = factory.CreateBrowserlessClient();
        var planId = await SavePlan();
        using var first = factory.Services.CreateScope();
        using var second = factory.Services.CreateScope();
        var db1 = first.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var plan1 = await db1.Set<SupportPlan>().Include(p => p.Lines).SingleAsync(p => p.Id == planId);
        var plan2 = await db2.Set<SupportPlan>().Include(p => p.Lines).SingleAsync(p => p.Id == planId);

        plan1.Propose(new DateOnly(2026, 11, 22));
        await db1.SaveChangesAsync();
        plan2.RemoveLine(plan2.Lines[0].Id);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        using var check = factory.Services.CreateScope();
        var stored = await check.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>()
            .Set<SupportPlan>().Include(p => p.Lines).SingleAsync(p => p.Id == planId);
        Assert.Equal(SupportPlanStatus.Proposed, stored.Status);
        Assert.Equal(2, stored.Lines.Count);
    }

    private async Task<Guid> SavePlan()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var careCase = new CareCase("Plan Example", null, RequestType.Self, null, null, new DateOnly(2026, 11, 1));
        var plan = new SupportPlan(careCase.Id, 1);
        plan.AddLine(new SupportPlanLineDetails(SupportCategory.PersonalAssistant, "Personal assistant", EligibilityOutcome.PersonalHygiene,
            "Washed and dressed", Money.Zero, Frequency.Weekly, 12m, Money.FromPounds(16m), DeliveryOption.DirectPayment));
        plan.AddLine(new SupportPlanLineDetails(SupportCategory.Membership, "Swimming", EligibilityOutcome.UsingCommunityFacilities,
            "Stays active", Money.FromPounds(312m), Frequency.Annual, null, null, DeliveryOption.CouncilManaged));
        db.AddRange(careCase, plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
