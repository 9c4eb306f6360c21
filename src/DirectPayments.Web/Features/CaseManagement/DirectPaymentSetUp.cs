using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class SetUpViewModel
{
    [Display(Name = "Basis")]
    public string? Basis { get; set; }

    [Display(Name = "Paid to")]
    public string? Recipient { get; set; }

    [Display(Name = "Name of the person it is paid to")]
    public string? RecipientName { get; set; }

    [Display(Name = "Account type")]
    public string? AccountType { get; set; }

    [Display(Name = "Account or card number")]
    public string? AccountIdentifier { get; set; }

    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "First review date")]
    public DateOnly? FirstReviewDate { get; set; }
}

public sealed class SetUpValidator : AbstractValidator<SetUpViewModel>
{
    public SetUpValidator()
    {
        RuleFor(m => m.Basis).Must(EnumInput.IsDefined<DirectPaymentBasis>).WithMessage("Select net or gross");
        RuleFor(m => m.Recipient).Must(EnumInput.IsDefined<Recipient>).WithMessage("Select who the direct payment is paid to");
        RuleFor(m => m.RecipientName).NotEmpty().WithMessage("Enter the name of the person it is paid to").MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(m => m.AccountType).Must(EnumInput.IsDefined<AccountType>).WithMessage("Select a prepaid card or a bank account");
        RuleFor(m => m.AccountIdentifier)
            .NotEmpty().WithMessage("Enter the account or card number")
            .Matches(@"^[0-9 -]{8,40}$").WithMessage("Account or card number must be numbers only, at least 8 of them");
        RuleFor(m => m.StartDate).NotNull().WithMessage("Enter the start date");
        RuleFor(m => m.FirstReviewDate).NotNull().WithMessage("Enter the first review date");
        RuleFor(m => m.FirstReviewDate)
            .Must((m, review) => m.StartDate is null || review is null || (review > m.StartDate && review <= m.StartDate.Value.AddMonths(6)))
            .WithMessage("First review date must be after the start date and within 6 months of it");
    }
}

public sealed record SetUpPage(CareCase Case, SupportPlan? Plan, FinancialAssessment? Assessment, DirectPaymentAgreement? Existing, string? Problem);

/// <summary>
/// Starts the direct payment once the plan is agreed and the contribution verified: the plan becomes active, the case
/// active, and the person is told what will be paid, when and into which account. All in one save.
/// </summary>
public sealed class DirectPaymentSetUp(DirectPaymentsDbContext db, IAuthorizationService authorization, DirectPayments.Application.Common.Ports.IChargingRatesProvider rates, CouncilClock clock)
{
    public async Task<SetUpPage?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(user, careCase, CaseOperations.Manage)).Succeeded)
        {
            return null;
        }

        var plan = await db.Set<SupportPlan>().Include(p => p.Lines)
            .Where(p => p.CaseId == caseId && (p.Status == SupportPlanStatus.Agreed || p.Status == SupportPlanStatus.Active))
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);
        var assessment = await db.Set<FinancialAssessment>()
            .Where(a => a.CaseId == caseId && a.Status == FinancialAssessmentStatus.Verified).OrderByDescending(a => a.Number).FirstOrDefaultAsync(cancellationToken);
        var existing = await db.Set<DirectPaymentAgreement>()
            .Where(d => d.CaseId == caseId && d.Status != DirectPaymentStatus.Ended).FirstOrDefaultAsync(cancellationToken);
        var problem = existing is not null ? "This case already has a direct payment."
            : plan is not { Status: SupportPlanStatus.Agreed } ? "The support plan must be agreed by the person and the council first."
            : plan.WeeklyDirectPayment == Money.Zero ? "Nothing in the plan is bought with a direct payment."
            : assessment is null ? "Verify the financial assessment first, so that the contribution is known."
            : null;
        return new SetUpPage(careCase, plan, assessment, existing, problem);
    }

    public async Task<(bool Found, string? Problem)> StartAsync(ClaimsPrincipal user, Guid caseId, SetUpViewModel model, CancellationToken cancellationToken = default)
    {
        var page = await FindAsync(user, caseId, cancellationToken);
        if (page is null)
        {
            return (false, null);
        }

        if (page.Problem is not null)
        {
            return (true, page.Problem);
        }

        var plan = page.Plan!;
        var (assessment, reworked) = await AtPlanCostAsync(user, page.Assessment!, plan, cancellationToken);
        if (assessment is null)
        {
            return (true, reworked);
        }

        var agreement = new DirectPaymentAgreement(
            caseId, plan.Id, Enum.Parse<DirectPaymentBasis>(model.Basis!), Enum.Parse<Recipient>(model.Recipient!), model.RecipientName!,
            Enum.Parse<AccountType>(model.AccountType!), model.AccountIdentifier!, plan.WeeklyDirectPayment,
            assessment.WeeklyContribution ?? Money.Zero, model.StartDate!.Value, model.FirstReviewDate!.Value);
        plan.Activate(model.StartDate.Value);
        page.Case.PaymentStarted(clock.Today);
        db.Add(agreement);
        db.Add(new Notice(caseId, NoticeKind.PaymentStarted, "Your direct payment is starting",
            $"From {agreement.StartDate:d MMMM yyyy} we will pay {agreement.FourWeeklyPayment} every 4 weeks, in advance, into your "
            + $"{(agreement.AccountType == AccountType.PrepaidCard ? "prepaid card" : "bank account")} ending {agreement.AccountIdentifier[^4..]}. "
            + (agreement.Basis == DirectPaymentBasis.Net
                ? $"Pay your contribution of {agreement.WeeklyContribution.Times(4)} every 4 weeks into the same account. "
                : $"We will send you an invoice for your contribution of {agreement.WeeklyContribution.Times(4)} every 4 weeks. ")
            + $"We will review how it is going by {agreement.FirstReviewDate:d MMMM yyyy}. Keep your receipts and records."
            + (reworked is null ? string.Empty : " Your contribution was worked out again at the cost of your agreed support plan: the working is below."),
            reworked is null ? [] : assessment.Working, clock.UtcNow));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (true, null);
        }
        catch (DbUpdateException)
        {
            return (true, "Someone else changed this case while you were setting up the payment. Check the case and try again.");
        }
    }

    /// <summary>
    /// The contribution is capped at the cost of care, so one worked out against a different weekly cost from the agreed
    /// plan would be wrong. It is worked out again at the plan's cost as a new verified version (the old one kept), with
    /// the same year's rates, or the stated amount for a light-touch or full-cost decision. The message says why not.
    /// </summary>
    private async Task<(FinancialAssessment? Assessment, string? Reworked)> AtPlanCostAsync(
        ClaimsPrincipal user, FinancialAssessment verified, SupportPlan plan, CancellationToken cancellationToken)
    {
        var cost = plan.WeeklyTotal;
        if (verified.WeeklyCostOfCare == cost)
        {
            return (verified, null);
        }

        var who = user.FindFirstValue(ClaimTypes.Name) ?? "case manager";
        var today = clock.Today;
        var number = await db.Set<FinancialAssessment>().Where(a => a.CaseId == verified.CaseId).MaxAsync(a => a.Number, cancellationToken) + 1;
        var effectiveFrom = verified.EffectiveFrom ?? today;
        var reason = $"Worked out again at the agreed support plan's cost of {cost} a week";
        FinancialAssessment next;
        if (verified.Kind is FinancialAssessmentKind.LightTouch or FinancialAssessmentKind.FullCostDecision)
        {
            next = FinancialAssessment.Record(verified.CaseId, number, verified.Kind, verified.Input, who, $"{verified.Reason} ({reason})");
            next.ApplyDecision(cost, Money.Min(verified.WeeklyContribution ?? Money.Zero, cost), effectiveFrom);
        }
        else
        {
            var year = await rates.FindAsync(FinancialYear.Containing(effectiveFrom), cancellationToken);
            if (year is not { Complete: true })
            {
                return (null, $"There are no complete charging rates for {FinancialYear.Containing(effectiveFrom)} to work out the contribution at the plan's cost.");
            }

            next = FinancialAssessment.Record(verified.CaseId, number, verified.Kind, verified.Input with { WeeklyCostOfCare = cost }, who, reason);
            next.ApplyResult(FinancialAssessmentCalculator.Assess(next.Input, year.Rates!, year.Policy), effectiveFrom);
        }

        verified.Supersede();
        next.Verify(who, today);
        db.Add(next);
        return (next, reason);
    }
}
