using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Citizen;

/// <summary>The answers to "Ask for an assessment" so far, kept as a draft so that the person can come back to it.</summary>
public sealed class ApplyAnswers
{
    public RequestType? Who { get; set; }

    public string? FullName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Relationship { get; set; }

    public List<EligibilityOutcome>? Difficulties { get; set; }

    public string? HelpNeeded { get; set; }

    public string? ContactPhone { get; set; }

    public bool ContactAnswered { get; set; }

    public bool NeedsRelationship => Who is not null and not RequestType.Self;

    /// <summary>The first question still to answer, or "check" when everything is answered.</summary>
    public string NextUnanswered() =>
        Who is null ? "who"
        : FullName is null ? "person"
        : NeedsRelationship && Relationship is null ? "relationship"
        : Difficulties is null ? "difficulties"
        : HelpNeeded is null ? "help"
        : !ContactAnswered ? "contact"
        : "check";
}

public sealed class WhoStep
{
    [Display(Name = "Who is the assessment for?")]
    public string? Who { get; set; }
}

public sealed class PersonStep
{
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }
}

public sealed class RelationshipStep
{
    [Display(Name = "Relationship")]
    public string? Relationship { get; set; }
}

public sealed class DifficultiesStep
{
    [Display(Name = "What do they find hard to do?")]
    public List<string> Difficulties { get; set; } = [];
}

public sealed class HelpStep
{
    [Display(Name = "What help is needed?")]
    public string? HelpNeeded { get; set; }
}

public sealed class ContactStep
{
    [Display(Name = "Phone number")]
    public string? ContactPhone { get; set; }
}

public sealed class WhoStepValidator : AbstractValidator<WhoStep>
{
    public WhoStepValidator() =>
        RuleFor(m => m.Who).Must(EnumInput.IsDefined<RequestType>).WithMessage("Select who the assessment is for");
}

public sealed class PersonStepValidator : AbstractValidator<PersonStep>
{
    public PersonStepValidator(CouncilClock clock)
    {
        RuleFor(m => m.FullName)
            .NotEmpty().WithMessage("Enter their full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(m => m.DateOfBirth)
            .NotNull().WithMessage("Enter their date of birth")
            .Must(d => d is null || d < clock.Today).WithMessage("Date of birth must be in the past")
            .Must(d => d is null || d.Value.Year > 1900).WithMessage("Date of birth must be after 1900");
    }
}

public sealed class RelationshipStepValidator : AbstractValidator<RelationshipStep>
{
    public RelationshipStepValidator() => RuleFor(m => m.Relationship)
        .NotEmpty().WithMessage("Enter your relationship to them, for example daughter or neighbour")
        .MaximumLength(100).WithMessage("Relationship must be 100 characters or fewer");
}

public sealed class DifficultiesStepValidator : AbstractValidator<DifficultiesStep>
{
    public DifficultiesStepValidator()
    {
        RuleFor(m => m.Difficulties).NotEmpty().WithMessage("Select what they find hard to do, or select not sure");
        RuleForEach(m => m.Difficulties).Must(d => d == "NotSure" || EnumInput.IsDefined<EligibilityOutcome>(d))
            .WithMessage("Select what they find hard to do, or select not sure");
        RuleFor(m => m.Difficulties).Must(d => !(d.Contains("NotSure") && d.Count > 1))
            .WithMessage("Select not sure, or select what they find hard, not both");
    }
}

public sealed class HelpStepValidator : AbstractValidator<HelpStep>
{
    public HelpStepValidator() => RuleFor(m => m.HelpNeeded)
        .NotEmpty().WithMessage("Tell us what help is needed")
        .MaximumLength(4000).WithMessage("What help is needed must be 4,000 characters or fewer");
}

public sealed class ContactStepValidator : AbstractValidator<ContactStep>
{
    public ContactStepValidator() => RuleFor(m => m.ContactPhone)
        .Matches(@"^\+?[0-9 ()-]{10,20}$").When(m => !string.IsNullOrWhiteSpace(m.ContactPhone))
        .WithMessage("Enter a phone number, like 01632 960 001 or 07700 900 982");
}

public interface IApplications
{
    Task<ApplyAnswers> LoadDraftAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    Task SaveDraftAsync(ClaimsPrincipal user, ApplyAnswers answers, CancellationToken cancellationToken = default);

    Task DeleteDraftAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>Opens the case with the request and a notice, and clears the draft: all in one transaction.</summary>
    Task<CareCase> SubmitAsync(ClaimsPrincipal user, ApplyAnswers answers, CancellationToken cancellationToken = default);
}

public sealed class Applications(DirectPaymentsDbContext db, CouncilClock clock) : IApplications
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<ApplyAnswers> LoadDraftAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var draft = await Draft(user, cancellationToken);
        return draft is null ? new ApplyAnswers() : JsonSerializer.Deserialize<ApplyAnswers>(draft.Answers, Json) ?? new ApplyAnswers();
    }

    public async Task SaveDraftAsync(ClaimsPrincipal user, ApplyAnswers answers, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(answers, Json);
        var draft = await Draft(user, cancellationToken);
        if (draft is null)
        {
            db.Add(new ApplicationDraft(UserId(user), json, clock.UtcNow));
        }
        else
        {
            draft.Update(json, clock.UtcNow);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteDraftAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await Draft(user, cancellationToken) is { } draft)
        {
            db.Remove(draft);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<CareCase> SubmitAsync(ClaimsPrincipal user, ApplyAnswers answers, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var today = clock.Today;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var careCase = new CareCase(answers.FullName!, answers.DateOfBirth, answers.Who!.Value, answers.Relationship, UserId(user), today);
        db.Add(careCase);
        db.Add(new AssessmentRequest(careCase.Id, answers.HelpNeeded!, answers.Difficulties ?? [], answers.ContactPhone, now));
        db.Add(new Notice(
            careCase.Id,
            NoticeKind.General,
            "We have your request for an assessment",
            $"Your reference is {careCase.Reference}. A case manager will contact you within 10 working days to arrange the assessment. "
            + "If the person is at risk, or you need help urgently, phone the council now.",
            [],
            now));
        if (await Draft(user, cancellationToken) is { } draft)
        {
            db.Remove(draft);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return careCase;
    }

    private Task<ApplicationDraft?> Draft(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = UserId(user);
        return db.Set<ApplicationDraft>().SingleOrDefaultAsync(d => d.UserId == userId, cancellationToken);
    }

    private static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Applying needs a signed-in person.");
}
