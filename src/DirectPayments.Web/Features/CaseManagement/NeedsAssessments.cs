using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.NeedsAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class NeedsAssessmentViewModel
{
    [Display(Name = "Needs arise")]
    public string? NeedsArise { get; set; }

    [Display(Name = "Carer's health")]
    public string? CarerHealthAtRisk { get; set; }

    [Display(Name = "Outcomes they cannot achieve")]
    public List<string> Unachieved { get; set; } = [];

    [Display(Name = "Impact on wellbeing")]
    public string? SignificantImpact { get; set; }

    [Display(Name = "Condition or care provided")]
    public string? Condition { get; set; }

    [Display(Name = "How their wellbeing is affected")]
    public string? WellbeingImpact { get; set; }

    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    public long Version { get; set; }
}

public sealed class NeedsAssessmentValidator : AbstractValidator<NeedsAssessmentViewModel>
{
    public NeedsAssessmentValidator()
    {
        RuleFor(m => m.NeedsArise).Must(v => v is "yes" or "no").WithMessage("Select yes if the needs arise as described");
        RuleFor(m => m.SignificantImpact).Must(v => v is "yes" or "no").WithMessage("Select yes if there is, or is likely to be, a significant impact on wellbeing");
        RuleForEach(m => m.Unachieved).Must(EnumInput.IsDefined<EligibilityOutcome>).WithMessage("Select outcomes from the list");
        RuleFor(m => m.Condition)
            .NotEmpty().WithMessage("Enter the impairment or illness, or the care provided")
            .MaximumLength(2000).WithMessage("Condition must be 2,000 characters or fewer");
        RuleFor(m => m.WellbeingImpact)
            .NotEmpty().WithMessage("Describe how their wellbeing is affected")
            .MaximumLength(4000).WithMessage("Wellbeing impact must be 4,000 characters or fewer");
        RuleFor(m => m.Reasons)
            .NotEmpty().WithMessage("Enter the reasons for the decision")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
    }
}

public interface INeedsAssessments
{
    /// <summary>The case, if this case manager holds it.</summary>
    Task<CareCase?> ManagedCaseAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default);

    Task<(NeedsAssessment? Recorded, SaveOutcome Outcome)> RecordAsync(
        ClaimsPrincipal user, Guid caseId, NeedsAssessmentViewModel model, CancellationToken cancellationToken = default);
}

public sealed class NeedsAssessments(DirectPaymentsDbContext db, IAuthorizationService authorization, CouncilClock clock) : INeedsAssessments
{
    public const string ChangedMessage = "Someone else changed this case while you were recording the assessment. Check the case and record it again.";

    public async Task<CareCase?> ManagedCaseAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return careCase is not null && (await authorization.AuthorizeAsync(user, careCase, CaseOperations.Manage)).Succeeded ? careCase : null;
    }

    public async Task<(NeedsAssessment? Recorded, SaveOutcome Outcome)> RecordAsync(
        ClaimsPrincipal user, Guid caseId, NeedsAssessmentViewModel model, CancellationToken cancellationToken = default)
    {
        var careCase = await ManagedCaseAsync(user, caseId, cancellationToken);
        if (careCase is null)
        {
            return (null, SaveOutcome.NotFound);
        }

        db.Entry(careCase).Property(c => c.Version).OriginalValue = model.Version;
        var today = clock.Today;
        var forCarer = careCase.RequestType == RequestType.Carer;
        var assessment = NeedsAssessment.Record(careCase.Id, forCarer, new NeedsFindings(
            model.NeedsArise == "yes",
            model.CarerHealthAtRisk == "yes",
            [.. model.Unachieved.Select(Enum.Parse<EligibilityOutcome>)],
            model.SignificantImpact == "yes",
            model.Condition!,
            model.WellbeingImpact!,
            model.Reasons!), user.FindFirstValue(ClaimTypes.Name) ?? "case manager", today);
        db.Add(assessment);

        if (assessment.Eligible)
        {
            var waiting = await db.Set<FinancialAssessment>().AnyAsync(a => a.CaseId == caseId && a.Status == FinancialAssessmentStatus.Submitted, cancellationToken);
            if (waiting)
            {
                careCase.FinancialAssessmentSent(today);
            }
            else
            {
                careCase.PlanToAgree(today);
            }

            db.Add(new Notice(caseId, NoticeKind.General, "Your needs assessment: you are eligible for support",
                $"We assessed {(forCarer ? "your needs as a carer" : "the needs of " + careCase.SubjectName)} on {today:d MMMM yyyy}. "
                + "The needs are eligible for support from the council. Your case manager will now work out a personal budget and agree a support plan with you. "
                + $"Reasons: {assessment.Reasons}", [], clock.UtcNow));
        }
        else
        {
            careCase.CloseAsNotEligible(today);
            db.Add(new Notice(caseId, NoticeKind.General, "Your needs assessment: the needs are not eligible",
                $"We assessed the needs on {today:d MMMM yyyy}. They do not meet the national eligibility criteria, so the council does not have to meet them. "
                + $"Reasons: {assessment.Reasons} "
                + "You can ask us to look at the decision again. We can also tell you about community groups, equipment and advice that may help prevent or delay needs.",
                [], clock.UtcNow));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (assessment, SaveOutcome.Saved);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, SaveOutcome.ChangedBySomeoneElse);
        }
    }
}
