using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Rates;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class PlanLineViewModel
{
    [Display(Name = "What kind of support")]
    public string? Category { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Need it meets")]
    public string? Need { get; set; }

    [Display(Name = "Outcome")]
    public string? Outcome { get; set; }

    [Display(Name = "How it is costed")]
    public string? Costing { get; set; }

    [Display(Name = "Hours a week")]
    public string? Hours { get; set; }

    [Display(Name = "Hourly rate")]
    public string? HourlyRate { get; set; }

    [Display(Name = "Amount")]
    public string? Amount { get; set; }

    [Display(Name = "How often")]
    public string? Frequency { get; set; }

    [Display(Name = "How it is delivered")]
    public string? Delivery { get; set; }

    [Display(Name = "Is it on the list of things a direct payment may not buy?")]
    public string? Restriction { get; set; }

    [Display(Name = "Why the council decided it is necessary")]
    public string? ExceptionReason { get; set; }

    public long PlanVersion { get; set; }
}

public sealed class PlanLineValidator : AbstractValidator<PlanLineViewModel>
{
    public PlanLineValidator()
    {
        RuleFor(m => m.Category).Must(EnumInput.IsDefined<SupportCategory>).WithMessage("Select the kind of support");
        RuleFor(m => m.Description).NotEmpty().WithMessage("Describe what the line buys").MaximumLength(500).WithMessage("Description must be 500 characters or fewer");
        RuleFor(m => m.Need).Must(EnumInput.IsDefined<EligibilityOutcome>).WithMessage("Select the need it meets");
        RuleFor(m => m.Outcome).NotEmpty().WithMessage("Enter the outcome it helps the person achieve").MaximumLength(1000).WithMessage("Outcome must be 1,000 characters or fewer");
        RuleFor(m => m.Costing).Must(v => v is "hours" or "amount").WithMessage("Select how the line is costed");
        When(m => m.Costing == "hours", () =>
        {
            RuleFor(m => m.Hours).Custom((v, c) =>
            {
                if (string.IsNullOrWhiteSpace(v))
                {
                    c.AddFailure("Enter the hours a week");
                }
                else if (!decimal.TryParse(v.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours <= 0m || hours > 168m || decimal.Round(hours, 2) != hours)
                {
                    c.AddFailure("Hours a week must be a number more than 0 and no more than 168, like 12.5");
                }
            });
            RuleFor(m => m.HourlyRate).ValidMoney("the hourly rate", 1000m);
        });
        When(m => m.Costing == "amount", () =>
        {
            RuleFor(m => m.Amount).ValidMoney("the amount", 1_000_000m);
            RuleFor(m => m.Frequency).Must(EnumInput.IsDefined<Frequency>).WithMessage("Select how often it is paid");
        });
        RuleFor(m => m.Delivery).Must(EnumInput.IsDefined<DeliveryOption>).WithMessage("Select how it is delivered");
        RuleFor(m => m.Restriction).Must(EnumInput.IsDefined<Restriction>).WithMessage("Select whether it is on the list");
        RuleFor(m => m.ExceptionReason).MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}

public sealed record PlanPage(CareCase Case, SupportPlan? Plan, ChargingYear? Year, IReadOnlyList<SupportPlan> History)
{
    public bool RateTooLow(SupportPlanLine line) =>
        Year is { } year && year.NationalLivingWage > Money.Zero
        && SupportPlanRules.RateTooLowForAPersonalAssistant(line, year.NationalLivingWage, year.EmployerOnCostPercent);
}

public interface ISupportPlanning
{
    Task<PlanPage?> FindAsync(ClaimsPrincipal user, Guid caseId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken = default);

    /// <summary>Runs one change on the case's current plan; the message is the reason it was refused, or null.</summary>
    Task<(bool Found, string? Refused)> ChangeAsync(
        ClaimsPrincipal user, Guid caseId, long planVersion, OperationAuthorizationRequirement operation,
        Action<PlanChange> change, CancellationToken cancellationToken = default);
}

/// <summary>What a change to a plan works on: the case, its current plan, and how to add a new version.</summary>
public sealed record PlanChange(CareCase Case, SupportPlan? Plan, int NextNumber, Action<SupportPlan> Add)
{
    public SupportPlan CurrentPlan => Plan ?? throw new DomainException("There is no support plan yet.");
}

public sealed class SupportPlanning(DirectPaymentsDbContext db, IAuthorizationService authorization, CouncilClock clock) : ISupportPlanning
{
    public const string ChangedMessage = "Someone else changed this plan while you were working on it. Check the plan and try again.";

    public async Task<PlanPage?> FindAsync(ClaimsPrincipal user, Guid caseId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(user, careCase, operation)).Succeeded)
        {
            return null;
        }

        var plans = await db.Set<SupportPlan>().Include(p => p.Lines).Where(p => p.CaseId == caseId).OrderByDescending(p => p.Number).ToListAsync(cancellationToken);
        var today = clock.Today;
        var year = await db.Set<ChargingYear>().SingleOrDefaultAsync(y => y.StartYear == FinancialYear.Containing(today).StartYear, cancellationToken);
        return new PlanPage(careCase, plans.FirstOrDefault(p => p.Status != SupportPlanStatus.Superseded), year, plans);
    }

    public async Task<(bool Found, string? Refused)> ChangeAsync(
        ClaimsPrincipal user, Guid caseId, long planVersion, OperationAuthorizationRequirement operation,
        Action<PlanChange> change, CancellationToken cancellationToken = default)
    {
        var page = await FindAsync(user, caseId, operation, cancellationToken);
        if (page is null)
        {
            return (false, null);
        }

        if (page.Plan is not null)
        {
            db.Entry(page.Plan).Property(p => p.Version).OriginalValue = planVersion;
        }

        var nextNumber = page.History.Count == 0 ? 1 : page.History.Max(p => p.Number) + 1;
        try
        {
            change(new PlanChange(page.Case, page.Plan, nextNumber, plan => db.Add(plan)));
            await db.SaveChangesAsync(cancellationToken);
            return (true, null);
        }
        catch (DomainException e)
        {
            return (true, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (true, ChangedMessage);
        }
    }

    /// <summary>A letter to the person about their plan.</summary>
    public Notice Notice(Guid caseId, NoticeKind kind, string title, string body) => new(caseId, kind, title, body, [], clock.UtcNow);

    public DateOnly Today => clock.Today;
}
