using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class OneOffPaymentViewModel
{
    [Display(Name = "What it buys")]
    public string? Description { get; set; }

    [Display(Name = "Need it meets")]
    public string? Need { get; set; }

    [Display(Name = "Outcome")]
    public string? Outcome { get; set; }

    [Display(Name = "Amount")]
    public string? Amount { get; set; }

    [Display(Name = "Date it is paid")]
    public DateOnly? DueOn { get; set; }
}

public sealed class OneOffPaymentValidator : AbstractValidator<OneOffPaymentViewModel>
{
    public OneOffPaymentValidator(CouncilClock clock)
    {
        RuleFor(m => m.Description)
            .NotEmpty().WithMessage("Enter what the payment buys")
            .MaximumLength(500).WithMessage("What it buys must be 500 characters or fewer");
        RuleFor(m => m.Need).Must(EnumInput.IsDefined<EligibilityOutcome>).WithMessage("Select the need it meets");
        RuleFor(m => m.Outcome)
            .NotEmpty().WithMessage("Enter the outcome it helps the person achieve")
            .MaximumLength(1000).WithMessage("Outcome must be 1,000 characters or fewer");
        RuleFor(m => m.Amount).ValidMoney("the amount", 100_000m);
        RuleFor(m => m.Amount)
            .Must(v => MoneyInput.Parse(v) is not { } pounds || pounds > 0m)
            .WithMessage("Amount must be more than £0.00");
        RuleFor(m => m.DueOn).NotNull().WithMessage("Enter the date it is paid");
        RuleFor(m => m.DueOn)
            .Must(d => d is null || d >= clock.Today)
            .WithMessage("Date it is paid must be today or in the future");
    }
}

public sealed record OneOffPage(CareCase Case, IReadOnlyList<OneOffDirectPayment> Payments, Money? WeeklyContribution, Money? ApprovalLimit);

/// <summary>
/// One-off direct payments for a single outcome, with no personal budget or plan needed. The contribution taken
/// follows the council's one-off policy for the year the payment is made, from the person's verified assessment.
/// </summary>
public sealed class OneOffPayments(
    DirectPaymentsDbContext db, IAuthorizationService authorization, IChargingRatesProvider rates, ApprovalLimits limits, CouncilClock clock)
{
    public DateOnly Today => clock.Today;

    public async Task<OneOffPage?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(user, careCase, CaseOperations.Manage)).Succeeded)
        {
            return null;
        }

        var payments = await db.Set<OneOffDirectPayment>().Where(p => p.CaseId == caseId).OrderByDescending(p => p.RequestedOn).ThenByDescending(p => p.Id).ToListAsync(cancellationToken);
        var contribution = await db.Set<FinancialAssessment>()
            .Where(a => a.CaseId == caseId && a.Status == FinancialAssessmentStatus.Verified)
            .Select(a => a.WeeklyContribution).FirstOrDefaultAsync(cancellationToken);
        return new OneOffPage(careCase, payments, contribution, await limits.CaseManagerLimitAsync(Today, cancellationToken));
    }

    public async Task<(bool Found, string? Refused, OneOffDirectPayment? Payment)> CreateAsync(
        ClaimsPrincipal user, Guid caseId, OneOffPaymentViewModel model, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(user, caseId, cancellationToken) is not { } page)
        {
            return (false, null, null);
        }

        var dueOn = model.DueOn!.Value;
        var year = await rates.FindAsync(FinancialYear.Containing(dueOn), cancellationToken);
        if (year is null)
        {
            return (true, $"There is no council policy for {FinancialYear.Containing(dueOn)}. An administrator must add the year first.", null);
        }

        if (page.ApprovalLimit is not { } limit)
        {
            return (true, ApprovalLimits.MissingMessage, null);
        }

        // The weekly contribution is already used when the person pays it towards an ongoing direct payment.
        var regularServicesUseContribution = await db.Set<DirectPaymentAgreement>()
            .AnyAsync(d => d.CaseId == caseId && d.Status == DirectPaymentStatus.Active && d.WeeklyContribution > Money.Zero, cancellationToken);
        try
        {
            var result = OneOffDirectPaymentCalculator.Calculate(
                Money.FromPounds(MoneyInput.Parse(model.Amount)!.Value), page.WeeklyContribution, regularServicesUseContribution, year.Policy);
            var payment = new OneOffDirectPayment(
                caseId, model.Description!, Enum.Parse<EligibilityOutcome>(model.Need!), model.Outcome!, dueOn, result,
                year.Policy.OneOffContributionPolicy, (user.FindFirstValue(System.Security.Claims.ClaimTypes.Name) ?? "case manager"), Today, limit);
            db.Add(payment);
            if (payment.Status == OneOffPaymentStatus.Approved)
            {
                db.Add(ApprovedNotice(payment, clock));
            }

            await db.SaveChangesAsync(cancellationToken);
            return (true, null, payment);
        }
        catch (DomainException e)
        {
            return (true, e.Message, null);
        }
    }

    /// <summary>The letter telling the person what will be paid, when, and what they pay towards it.</summary>
    public static Notice ApprovedNotice(OneOffDirectPayment payment, CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(clock);
        return new Notice(
            payment.CaseId,
            NoticeKind.PaymentStarted,
            $"A one-off payment for {payment.Description}",
            $"We will pay you {payment.NetPayment} on or soon after {payment.DueOn:d MMMM yyyy} for {payment.Description}. "
            + (payment.Contribution > Money.Zero
                ? $"This is {payment.Amount} less your contribution of {payment.Contribution}. "
                : string.Empty)
            + "Keep the receipt: we will ask to see it.",
            payment.Working,
            clock.UtcNow);
    }
}
