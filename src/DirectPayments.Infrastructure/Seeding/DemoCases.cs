using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Letters;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.NeedsAssessments;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>
/// Demo cases at different stages, modelled on the council examples in the seeds: a working-age person on
/// disability benefits (the Kent £60/£40/£20 example), a pensioner, and people still waiting for a decision.
/// </summary>
public sealed class DemoCases(
    DirectPaymentsDbContext db,
    UserManager<ApplicationUser> users,
    IChargingRatesProvider rates,
    CouncilClock clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Set<CareCase>().AnyAsync(cancellationToken))
        {
            return;
        }

        var today = clock.Today;
        var citizen = await IdOf("citizen@example.org");
        var citizen2 = await IdOf("citizen2@example.org");
        var manager = await IdOf("casemanager@example.org");

        // Alex: the Kent example. Care costs £60 a week; the assessment decides what Alex pays.
        var alex = NewCase("Alex Citizen", new DateOnly(1996, 5, 14), RequestType.Self, null, citizen, today.AddDays(-120), manager);
        alex.RecordContactDetails(new ContactDetails("14 Orchard Road", null, "Anytown", "AN1 4OR", "07700 900 014"));
        alex.RecordCommunicationNeeds(new CommunicationNeeds(ContactMethod.Email, [], [], null, null));
        var alexAssessment = await VerifiedAssessment(alex, 1, new FinancialAssessmentInput
        {
            Age = 30,
            DisabilityPremium = true,
            EnhancedDisabilityPremium = true,
            Incomes =
            [
                new IncomeItem(IncomeType.PipDailyLiving, Money.FromPounds(110.40m), Frequency.Weekly),
                new IncomeItem(IncomeType.PipMobility, Money.FromPounds(77.05m), Frequency.Weekly),
                new IncomeItem(IncomeType.EmploymentAndSupportAllowance, Money.FromPounds(140.55m), Frequency.Weekly),
                new IncomeItem(IncomeType.HousingBenefit, Money.FromPounds(95.00m), Frequency.Weekly),
            ],
            Capital = [new CapitalItem(CapitalType.Savings, Money.FromPounds(5000m))],
            DisabilityRelatedExpenditure = Money.FromPounds(24.55m),
            WeeklyCostOfCare = Money.FromPounds(60m),
        }, today.AddDays(-90), manager, cancellationToken);
        DemoLetters.Sent(db, alex, Letters.WhatYouPay(alexAssessment), today.AddDays(-90));
        alex.PaymentStarted(today.AddDays(-60));
        ActivePlanAndPayment(alex, today.AddDays(-56), DirectPaymentBasis.Net, AccountType.PrepaidCard, "4929000000001234",
            Line(SupportCategory.PersonalAssistant, "Personal assistant for shopping and cooking", EligibilityOutcome.ManagingNutrition,
                "Cooks fresh meals at home", hours: 3m, rate: 16.00m),
            Line(SupportCategory.Membership, "Leisure centre membership", EligibilityOutcome.UsingCommunityFacilities,
                "Swims twice a week and meets friends", amount: 624m, frequency: Frequency.Annual));

        // Margaret: a pensioner with savings just above the lower limit, paying towards a personal assistant.
        var margaret = NewCase("Margaret Example", new DateOnly(1950, 2, 3), RequestType.Self, null, null, today.AddDays(-200), manager);
        margaret.RecordContactDetails(new ContactDetails("3 Station Road", null, "Anytown", "AN1 3SR", "01632 960 303"));
        await VerifiedAssessment(margaret, 1, new FinancialAssessmentInput
        {
            Age = 76,
            PensionCreditAgeReached = true,
            Incomes =
            [
                new IncomeItem(IncomeType.StatePension, Money.FromPounds(230.25m), Frequency.Weekly),
                new IncomeItem(IncomeType.AttendanceAllowance, Money.FromPounds(73.90m), Frequency.Weekly),
                new IncomeItem(IncomeType.OccupationalPension, Money.FromPounds(412.50m), Frequency.Monthly),
            ],
            Capital = [new CapitalItem(CapitalType.Savings, Money.FromPounds(15750m)), new CapitalItem(CapitalType.MainHome, Money.FromPounds(240000m))],
            HousingCosts = [new HousingCost(HousingCostType.CouncilTax, Money.FromPounds(1623.45m), Frequency.Annual)],
            DisabilityRelatedExpenditure = Money.FromPounds(10.85m),
            WeeklyCostOfCare = Money.FromPounds(150m),
        }, today.AddDays(-150), manager, cancellationToken);
        margaret.PaymentStarted(today.AddDays(-140));
        ActivePlanAndPayment(margaret, today.AddDays(-112), DirectPaymentBasis.Gross, AccountType.BankAccount, "20000055667788",
            Line(SupportCategory.PersonalAssistant, "Personal assistant for personal care", EligibilityOutcome.PersonalHygiene,
                "Washed and dressed every morning", hours: 10m, rate: 15.00m));

        // Sam: has sent an online financial assessment that the case manager has still to check.
        var sam = NewCase("Sam Second-Citizen", new DateOnly(1988, 9, 30), RequestType.Self, null, citizen2, today.AddDays(-20), manager);
        db.Add(FinancialAssessment.Submit(sam.Id, 1, new FinancialAssessmentInput
        {
            Age = 38,
            DisabilityPremium = true,
            Incomes = [new IncomeItem(IncomeType.UniversalCredit, Money.FromPounds(393.45m), Frequency.Monthly)],
            WeeklyCostOfCare = Money.FromPounds(95m),
        }, citizen2 ?? "system"));
        sam.FinancialAssessmentSent(today.AddDays(-6));

        // Waiting: a new request not yet allocated, and one with an assessment due.
        NewCase("Peter Example", new DateOnly(1971, 7, 1), RequestType.Self, null, null, today.AddDays(-3), null);
        var jemima = NewCase("Jemima Example", new DateOnly(1984, 1, 22), RequestType.Self, null, null, today.AddDays(-30), manager);

        await db.SaveChangesAsync(cancellationToken);
    }

    private static SupportPlanLineDetails Line(
        SupportCategory category, string description, EligibilityOutcome need, string outcome,
        decimal? hours = null, decimal? rate = null, decimal amount = 0m, Frequency frequency = Frequency.Weekly) =>
        new(category, description, need, outcome, Money.FromPounds(amount), frequency, hours,
            rate is { } r ? Money.FromPounds(r) : null, DeliveryOption.DirectPayment);

    // The plan agreed by both sides and a direct payment started on the date given, from the verified contribution.
    private void ActivePlanAndPayment(CareCase careCase, DateOnly start, DirectPaymentBasis basis, AccountType account, string accountNumber, params SupportPlanLineDetails[] lines)
    {
        // The eligible needs the plan meets were assessed first (at least two outcomes, as the regulations need).
        var needs = lines.Select(l => l.Need).Distinct().ToList();
        needs.Add(needs.Contains(EligibilityOutcome.BeingAppropriatelyClothed) ? EligibilityOutcome.PersonalHygiene : EligibilityOutcome.BeingAppropriatelyClothed);
        db.Add(NeedsAssessment.Record(careCase.Id, NeedsAssessedUnder.CareActAdult, new NeedsFindings(true, false, [.. needs.Distinct()], true, "Physical impairment",
            "Significant impact on their wellbeing", "Meets the eligibility criteria"), "Chris Case-Manager", start.AddDays(-30)));

        var plan = new SupportPlan(careCase.Id, 1);
        foreach (var line in lines)
        {
            plan.AddLine(line);
        }

        plan.Propose(start.AddDays(-14));
        plan.AgreeAsPerson(careCase.SubjectName, start.AddDays(-10));
        plan.AgreeAsCouncil("Chris Case-Manager", start.AddDays(-10));
        plan.Activate(start);
        var contribution = db.ChangeTracker.Entries<FinancialAssessment>()
            .Select(e => e.Entity).Single(a => a.CaseId == careCase.Id).WeeklyContribution ?? Money.Zero;
        db.Add(plan);
        db.Add(new DirectPaymentAgreement(careCase.Id, plan.Id, basis, Recipient.ThePerson, careCase.SubjectName, account, accountNumber,
            plan.WeeklyDirectPayment, contribution, start, start.AddMonths(6).AddDays(-1)));
    }

    private CareCase NewCase(string name, DateOnly dateOfBirth, RequestType type, string? relationship, string? userId, DateOnly opened, string? manager)
    {
        var careCase = new CareCase(name, dateOfBirth, type, relationship, userId, opened);
        if (manager is not null)
        {
            careCase.Allocate(manager, opened.AddDays(2));
        }

        db.Add(careCase);
        return careCase;
    }

    private async Task<FinancialAssessment> VerifiedAssessment(
        CareCase careCase, int number, FinancialAssessmentInput input, DateOnly on, string? manager, CancellationToken cancellationToken)
    {
        var year = await rates.FindAsync(FinancialYear.Containing(on), cancellationToken)
            ?? throw new InvalidOperationException($"No charging rates for {FinancialYear.Containing(on)} to build the demo data with.");
        var assessment = FinancialAssessment.Submit(careCase.Id, number, input, manager ?? "system");
        assessment.ApplyResult(FinancialAssessmentCalculator.Assess(input, year.Rates!, year.Policy), on);
        assessment.Verify(manager ?? "system", on);
        db.Add(assessment);
        return assessment;
    }

    private async Task<string?> IdOf(string email) => (await users.FindByEmailAsync(email))?.Id;
}
