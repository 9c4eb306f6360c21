using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Letters;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.NeedsAssessments;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Rates;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>
/// Demo cases at the stages the first set does not show, and the seeds' one-off examples (seed 004: Peter's cooker,
/// Jemima's swimming membership, Fatima's break from caring): a plan waiting for the person, a budget waiting for a
/// manager, a review coming up, a case closed as not eligible. It also gives the active demo plans their final budgets.
/// </summary>
public sealed class DemoStageCases(DirectPaymentsDbContext db, UserManager<ApplicationUser> users, IChargingRatesProvider rates, CouncilClock clock)
{
    private const string Manager = "casemanager@example.org";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var managerId = (await users.FindByEmailAsync(Manager))?.Id;
        var year = await rates.FindAsync(FinancialYear.Containing(today), cancellationToken)
            ?? throw new InvalidOperationException($"No charging rates for {FinancialYear.Containing(today)} to build the demo data with.");
        var limit = await db.Set<ChargingYear>().Where(y => y.StartYear == year.Year.StartYear).Select(y => y.CaseManagerApprovalLimit).SingleAsync(cancellationToken);
        if (!await db.Set<CareCase>().AnyAsync(c => c.SubjectName == "Daniel Peters", cancellationToken))
        {
            await FirstStageCasesAsync(today, managerId, year, limit, cancellationToken);
        }

        // Cases added to the demo later join a demo database made before them, each once.
        var present = await db.Set<CareCase>().Where(c => LaterCases.Contains(c.SubjectName)).Select(c => c.SubjectName).ToListAsync(cancellationToken);
        LaterStageCases(today, managerId, limit, present);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] LaterCases = ["Leo Parker", "Dorothy Evans", "Chloe Morgan"];

    private async Task FirstStageCasesAsync(DateOnly today, string? managerId, ChargingYearRates year, Money limit, CancellationToken cancellationToken)
    {
        await FinalBudgetsForActivePlans(limit, cancellationToken);

        // Seed 004, case study one: a cooker, so that he can cook fresh meals and manage his diabetes. Paid.
        var daniel = Case("Daniel Peters", new DateOnly(1969, 3, 12), RequestType.Self, null, today.AddDays(-70), managerId);
        Eligible(daniel, false, [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.HabitableHome], "Physical disability and diabetes; no working cooker since moving into supported living", today.AddDays(-60));
        var cooker = OneOff(daniel, "A cooker", EligibilityOutcome.ManagingNutrition, "Cooks fresh, nutritious meals that help him manage his diabetes",
            350m, null, year.Policy, today.AddDays(-40), limit);
        cooker.MarkPaid(today.AddDays(-35));
        daniel.PaymentStarted(today.AddDays(-40));

        // Case study two: a year's swimming membership, to stay active and independent with multiple sclerosis. To be paid.
        var joan = Case("Joan Fisher", new DateOnly(1979, 10, 5), RequestType.Self, null, today.AddDays(-30), managerId);
        Eligible(joan, false, [EligibilityOutcome.UsingCommunityFacilities, EligibilityOutcome.Relationships], "Multiple sclerosis", today.AddDays(-20));
        OneOff(joan, "A year's membership at the local swimming pool", EligibilityOutcome.UsingCommunityFacilities,
            "Stays active and independent doing what she enjoys most", 312m, null, year.Policy, today.AddDays(7), limit)
            .PayTo("Anytown Leisure Trust", PayeeAccount.From(AccountType.BankAccount, "40-11-22 33445566"));
        joan.PaymentStarted(today.AddDays(-5));

        // Case study three: a carer's one-off payment for a break from caring for her grandfather.
        var fatima = Case("Fatima Carer", new DateOnly(1990, 6, 18), RequestType.Carer, "Granddaughter and carer", today.AddDays(-45), managerId);
        Eligible(fatima, true, [EligibilityOutcome.RecreationalActivities, EligibilityOutcome.Relationships], "Cares for her grandfather every day", today.AddDays(-35));
        OneOff(fatima, "A short break from caring", EligibilityOutcome.RecreationalActivities,
            "Has time for herself and meets new people, so that she can go on caring", 400m, null, year.Policy, today.AddDays(3), limit)
            .PayTo("Fatima Carer", PayeeAccount.From(AccountType.BankAccount, "20-30-40 11223344"));
        fatima.PaymentStarted(today.AddDays(-10));

        // A plan proposed and waiting for the person to agree it.
        var ravi = Case("Ravi Shah", new DateOnly(1958, 12, 1), RequestType.Self, null, today.AddDays(-50), managerId);
        Eligible(ravi, false, [EligibilityOutcome.PersonalHygiene, EligibilityOutcome.BeingAppropriatelyClothed], "Stroke, with weakness down his left side", today.AddDays(-40));
        await Verified(ravi, new FinancialAssessmentInput
        {
            Age = 67,
            PensionCreditAgeReached = true,
            Incomes = [new IncomeItem(IncomeType.StatePension, Money.FromPounds(230.25m), Frequency.Weekly)],
            WeeklyCostOfCare = Money.FromPounds(112m),
        }, today.AddDays(-20), cancellationToken);
        var raviPlan = Plan(ravi, Line(SupportCategory.PersonalAssistant, "Personal assistant for washing and dressing", EligibilityOutcome.PersonalHygiene,
            "Washed and dressed by 9 every morning", hours: 7m, rate: 16.00m));
        raviPlan.Propose(today.AddDays(-4));
        ravi.PlanToAgree(today.AddDays(-4));

        // A plan the person has agreed whose budget is above the case manager's limit: waiting for a manager.
        var harold = Case("Harold Big", new DateOnly(1944, 4, 4), RequestType.Self, null, today.AddDays(-90), managerId);
        harold.RecordContactDetails(new ContactDetails("2 Mill Lane", "Little Anyton", "Anytown", "AN3 2ML", "01632 960 123"));
        harold.RecordCommunicationNeeds(new CommunicationNeeds(
            ContactMethod.Phone, [InformationFormat.LargePrint], [], null, "Speaks slowly and quietly: give him time. His wife Mary reads letters with him"));
        Eligible(harold, false, [EligibilityOutcome.PersonalHygiene, EligibilityOutcome.ToiletNeeds, EligibilityOutcome.UsingTheHomeSafely],
            "Advanced Parkinson's disease; needs two people to move him safely", today.AddDays(-80));
        var haroldPlan = Plan(harold, Line(SupportCategory.AgencyCare, "Two carers, four visits a day", EligibilityOutcome.PersonalHygiene,
            "Stays safely at home with his wife", hours: 28m, rate: 24.50m));
        haroldPlan.Propose(today.AddDays(-6));
        haroldPlan.AgreeAsPerson("Harold Big", today.AddDays(-3));
        db.Add(PersonalBudget.Final(harold.Id, 1, haroldPlan.Id, haroldPlan.Number, haroldPlan.WeeklyTotal, Manager, today.AddDays(-2), limit));
        harold.PlanToAgree(today.AddDays(-6));
        // His letters, to be posted in large print as his communication needs say.
        DemoLetters.Sent(db, harold, Letters.PlanProposed(haroldPlan.WeeklyTotal), today.AddDays(-6));
        DemoLetters.Sent(db, harold, Letters.PlanAgreedByThePerson(), today.AddDays(-3));

        // An active direct payment whose first review is two weeks away.
        var olive = Case("Olive Review", new DateOnly(1961, 8, 30), RequestType.Self, null, today.AddDays(-200), managerId);
        olive.RecordContactDetails(new ContactDetails("27 Meadow Way", null, "Anytown", "AN2 7MW", "01632 960 627"));
        Eligible(olive, false, [EligibilityOutcome.UsingCommunityFacilities, EligibilityOutcome.ManagingNutrition], "Learning disability", today.AddDays(-190));
        await Verified(olive, new FinancialAssessmentInput
        {
            Age = 65,
            Incomes = [new IncomeItem(IncomeType.EmploymentAndSupportAllowance, Money.FromPounds(140.55m), Frequency.Weekly)],
            WeeklyCostOfCare = Money.FromPounds(96m),
        }, today.AddDays(-180), cancellationToken);
        var start = today.AddMonths(-6).AddDays(15);
        var olivePlan = Plan(olive, Line(SupportCategory.DayActivities, "Day service three days a week", EligibilityOutcome.UsingCommunityFacilities,
            "Sees friends and learns to cook", amount: 96m, frequency: Frequency.Weekly));
        olivePlan.Propose(start.AddDays(-14));
        olivePlan.AgreeAsPerson("Olive Review", start.AddDays(-10));
        olivePlan.AgreeAsCouncil(Manager, start.AddDays(-10));
        olivePlan.Activate(start);
        db.Add(PersonalBudget.Final(olive.Id, 1, olivePlan.Id, olivePlan.Number, olivePlan.WeeklyTotal, Manager, start.AddDays(-10), limit));
        var oliveContribution = db.ChangeTracker.Entries<FinancialAssessment>().Select(e => e.Entity).Single(a => a.CaseId == olive.Id).WeeklyContribution ?? Money.Zero;
        db.Add(new DirectPaymentAgreement(olive.Id, olivePlan.Id, DirectPaymentBasis.Net, Recipient.ThePerson, "Olive Review", AccountType.PrepaidCard,
            "4929000000005678", olivePlan.WeeklyDirectPayment, oliveContribution, start, start.AddMonths(6).AddDays(-1)));
        olive.PaymentStarted(start);

        // Not eligible: the decision letter closed the case.
        var nina = Case("Nina Closed", new DateOnly(1975, 1, 15), RequestType.Self, null, today.AddDays(-60), managerId);
        db.Add(NeedsAssessment.Record(nina.Id, NeedsAssessedUnder.CareActAdult, new NeedsFindings(true, false, [EligibilityOutcome.HabitableHome], false,
            "Back pain", "Manages most days with a little help from her neighbour", "Only one outcome she cannot achieve, and no significant impact on her wellbeing"),
            Manager, today.AddDays(-50)));
        nina.CloseAsNotEligible(today.AddDays(-50));
    }

    private void LaterStageCases(DateOnly today, string? managerId, Money limit, IReadOnlyCollection<string> present)
    {
        if (!present.Contains("Leo Parker"))
        {
            Leo(today, managerId, limit);
        }

        if (!present.Contains("Dorothy Evans"))
        {
            // An adult asked for by her son, who says he holds a lasting power of attorney: the case manager has not seen it yet.
            var dorothy = Case("Dorothy Evans", new DateOnly(1941, 2, 3), RequestType.OnBehalfOf, "Son", today.AddDays(-3), managerId);
            dorothy.ApplicantSays(AuthorityToAct.LastingPowerOfAttorney);
            dorothy.RecordContactDetails(new ContactDetails("14 Church Road", null, "Anytown", "AN1 4CR", "01632 960 456"));
        }

        if (!present.Contains("Chloe Morgan"))
        {
            Chloe(today, managerId, limit);
        }
    }

    private void Leo(DateOnly today, string? managerId, Money limit)
    {
        // A disabled child, asked for by his father: assessed under the Children Act, his plan of short breaks agreed,
        // ready for a direct payment that needs no financial assessment. Nine years old whatever today is.
        var leo = Case("Leo Parker", today.AddYears(-9).AddDays(-40), RequestType.ParentOfDisabledChild, "Father", today.AddDays(-40), managerId);
        leo.RecordContactDetails(new ContactDetails("5 Brook Lane", null, "Anytown", "AN3 5BL", "01632 960 505"));
        leo.ApplicantSays(AuthorityToAct.ParentalResponsibility);
        leo.CheckAuthority(AuthorityToAct.ParentalResponsibility, "Birth certificate seen: Tom Parker is named as his father", Manager, today.AddDays(-36));
        db.Add(NeedsAssessment.Record(leo.Id, NeedsAssessedUnder.ChildrenAct, new NeedsFindings(true, false,
            [EligibilityOutcome.ChildSelfCareSkills, EligibilityOutcome.BreaksForTheFamily], true, "Autism and a severe learning disability",
            "Needs one-to-one support at all times; his parents have had no break for a year", "A disabled child in need: regular short breaks for Leo and his family"),
            Manager, today.AddDays(-30)));
        leo.NeedsAssessed(eligible: true, financialAssessmentWaiting: false, today.AddDays(-30));
        var leoPlan = Plan(leo, Line(SupportCategory.RespiteOrShortBreaks, "Short breaks with a support worker on Saturdays", EligibilityOutcome.BreaksForTheFamily,
            "Leo enjoys time out; his parents rest", hours: 6m, rate: 18.00m));
        leoPlan.Propose(today.AddDays(-12));
        leoPlan.AgreeAsPerson("Tom Parker", today.AddDays(-8));
        leoPlan.AgreeAsCouncil(Manager, today.AddDays(-8));
        db.Add(PersonalBudget.Final(leo.Id, 1, leoPlan.Id, leoPlan.Number, leoPlan.WeeklyTotal, Manager, today.AddDays(-8), limit));
    }

    private void Chloe(DateOnly today, string? managerId, Money limit)
    {
        // A disabled young woman of 17 whose direct payment, paid to her mother, has run for five months: she turns 18
        // in four months, so her case manager is asked to plan her move to adult care. The same ages whatever today is.
        var chloe = Case("Chloe Morgan", today.AddYears(-18).AddMonths(4), RequestType.ParentOfDisabledChild, "Mother", today.AddMonths(-8), managerId);
        chloe.RecordContactDetails(new ContactDetails("9 Willow Close", null, "Anytown", "AN2 9WC", "01632 960 789"));
        chloe.ApplicantSays(AuthorityToAct.ParentalResponsibility);
        chloe.CheckAuthority(AuthorityToAct.ParentalResponsibility, "Birth certificate seen: Sarah Morgan is named as her mother", Manager, today.AddMonths(-8).AddDays(3));
        db.Add(NeedsAssessment.Record(chloe.Id, NeedsAssessedUnder.ChildrenAct, new NeedsFindings(true, false,
            [EligibilityOutcome.ChildSocialPresentation, EligibilityOutcome.ChildFamilyAndSocialRelationships], true, "Cerebral palsy; uses a wheelchair",
            "Cannot go out with friends without support; her mother is her only carer", "A disabled child in need: support to go out with friends"),
            Manager, today.AddMonths(-7)));
        chloe.NeedsAssessed(eligible: true, financialAssessmentWaiting: false, today.AddMonths(-7));
        var chloeStart = today.AddMonths(-5);
        var chloePlan = Plan(chloe, Line(SupportCategory.PersonalAssistant, "A personal assistant to go out with friends, two evenings a week",
            EligibilityOutcome.ChildFamilyAndSocialRelationships, "Sees her friends at the cinema and youth club", hours: 8m, rate: 15.50m));
        chloePlan.Propose(chloeStart.AddDays(-20));
        chloePlan.AgreeAsPerson("Sarah Morgan", chloeStart.AddDays(-14));
        chloePlan.AgreeAsCouncil(Manager, chloeStart.AddDays(-14));
        chloePlan.Activate(chloeStart);
        db.Add(PersonalBudget.Final(chloe.Id, 1, chloePlan.Id, chloePlan.Number, chloePlan.WeeklyTotal, Manager, chloeStart.AddDays(-14), limit));
        db.Add(new DirectPaymentAgreement(chloe.Id, chloePlan.Id, DirectPaymentBasis.Net, Recipient.ParentOfDisabledChild, "Sarah Morgan", AccountType.PrepaidCard,
            "4929000000002468", chloePlan.WeeklyDirectPayment, Money.Zero, chloeStart, chloeStart.AddMonths(6).AddDays(-1)));
        chloe.PaymentStarted(chloeStart);
    }

    // Plans agreed before budgets were recorded get the final budget they were agreed at.
    private async Task FinalBudgetsForActivePlans(Money limit, CancellationToken cancellationToken)
    {
        var budgeted = await db.Set<PersonalBudget>().Select(b => b.CaseId).ToListAsync(cancellationToken);
        var plans = await db.Set<SupportPlan>().Include(p => p.Lines)
            .Where(p => p.Status == SupportPlanStatus.Active && !budgeted.Contains(p.CaseId)).ToListAsync(cancellationToken);
        foreach (var plan in plans)
        {
            db.Add(PersonalBudget.Final(plan.CaseId, 1, plan.Id, plan.Number, plan.WeeklyTotal, Manager, plan.AgreedByCouncilOn ?? plan.ActiveFrom!.Value, limit));
        }
    }

    private CareCase Case(string name, DateOnly dateOfBirth, RequestType type, string? relationship, DateOnly opened, string? managerId)
    {
        var careCase = new CareCase(name, dateOfBirth, type, relationship, null, opened);
        if (managerId is not null)
        {
            careCase.Allocate(managerId, opened.AddDays(2));
        }

        db.Add(careCase);
        return careCase;
    }

    private void Eligible(CareCase careCase, bool carer, IReadOnlyList<EligibilityOutcome> unachieved, string condition, DateOnly on) =>
        db.Add(NeedsAssessment.Record(careCase.Id, carer ? NeedsAssessedUnder.CareActCarer : NeedsAssessedUnder.CareActAdult, new NeedsFindings(true, carer, unachieved, true, condition,
            "Significant impact on their wellbeing", "Meets the eligibility criteria"), Manager, on));

    private OneOffDirectPayment OneOff(
        CareCase careCase, string description, EligibilityOutcome need, string outcome, decimal amount, Money? weeklyContribution,
        CouncilPolicy policy, DateOnly dueOn, Money limit)
    {
        var result = OneOffDirectPaymentCalculator.Calculate(Money.FromPounds(amount), weeklyContribution, false, policy);
        var payment = new OneOffDirectPayment(careCase.Id, description, need, outcome, dueOn, result, policy.OneOffContributionPolicy, Manager,
            clock.Today.AddDays(-1) < dueOn ? clock.Today.AddDays(-1) : dueOn, limit);
        db.Add(payment);
        return payment;
    }

    private async Task Verified(CareCase careCase, FinancialAssessmentInput input, DateOnly on, CancellationToken cancellationToken)
    {
        var year = await rates.FindAsync(FinancialYear.Containing(on), cancellationToken)
            ?? throw new InvalidOperationException($"No charging rates for {FinancialYear.Containing(on)} to build the demo data with.");
        var assessment = FinancialAssessment.Submit(careCase.Id, 1, input, Manager);
        assessment.ApplyResult(FinancialAssessmentCalculator.Assess(input, year.Rates!, year.Policy), on);
        assessment.Verify(Manager, on);
        db.Add(assessment);
    }

    private SupportPlan Plan(CareCase careCase, SupportPlanLineDetails line)
    {
        var plan = new SupportPlan(careCase.Id, 1);
        plan.AddLine(line);
        db.Add(plan);
        return plan;
    }

    private static SupportPlanLineDetails Line(
        SupportCategory category, string description, EligibilityOutcome need, string outcome,
        decimal? hours = null, decimal? rate = null, decimal amount = 0m, Frequency frequency = Frequency.Weekly) =>
        new(category, description, need, outcome, Money.FromPounds(amount), frequency, hours,
            rate is { } r ? Money.FromPounds(r) : null, DeliveryOption.DirectPayment);
}
