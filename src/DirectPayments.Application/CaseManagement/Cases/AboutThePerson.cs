using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>
/// The person's address, phone number and communication needs, as the case manager records them (from a call, a visit
/// or the person's application). <paramref name="Version"/> is the case's version the case manager saw.
/// </summary>
public sealed record AboutThePersonChange(Guid CaseId, ContactDetails Contact, CommunicationNeeds Needs, long Version);

public sealed class RecordAboutThePerson(CommandRunner runner)
{
    public const string ChangedMessage = "Someone else changed this person's details while you were working on them. Check them and try again.";

    public Task<CommandResult> RunAsync(AboutThePersonChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return runner.ForCaseAsync(change.CaseId, CaseOperation.Manage, "recorded the person's contact details and communication needs", (work, _) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            work.ExpectVersion(work.Case, change.Version);
            var wasFlagged = work.Case.CommunicationNeeds.AnyToFlag;
            work.Case.RecordContactDetails(change.Contact);
            work.Case.RecordCommunicationNeeds(change.Needs);
            if (change.Needs.AnyToFlag != wasFlagged)
            {
                work.Describe(change.Needs.AnyToFlag ? "everyone working on the case is now shown their communication needs" : "no communication needs are flagged now");
            }

            return Task.CompletedTask;
        }, cancellationToken);
    }
}

/// <summary>How a person's communication needs read on a staff page: one line each, in words.</summary>
public static class CommunicationNeedsWords
{
    public static IReadOnlyList<string> Lines(CommunicationNeeds needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var lines = new List<string>(needs.Formats.Select(f => DisplayNames.Of(f)));

        foreach (var support in needs.Support)
        {
            lines.Add(support == CommunicationSupport.SpokenLanguageInterpreter && needs.Language is { } language
                ? $"Interpreter for {language}"
                : DisplayNames.Of(support));
        }

        if (needs.Other is { } other)
        {
            lines.Add(other);
        }

        return lines;
    }
}

/// <summary>A person's communication needs as a staff page flags them: whose they are, and what they are, in words.</summary>
public sealed record CommunicationNeedsFlag(Guid CaseId, string Name, IReadOnlyList<string> Needs);

/// <summary>
/// The flag every staff page about a person shows when they have communication needs (the Accessible Information
/// Standard's "flag"), for staff who may see the case; nothing for anyone else, or when none are recorded.
/// </summary>
public sealed class CommunicationNeedsFlags(CaseReader cases, IPortalDb db)
{
    public async Task<CommunicationNeedsFlag?> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (cases.User.IsInRole(Roles.Citizen) || await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is not { } careCase)
        {
            return null;
        }

        return FlagFor(careCase);
    }

    /// <summary>
    /// The flag on finance's page of a person's account (finance, and administrators who share their pages, read the
    /// account of anyone who has had a direct payment, though not the rest of the case).
    /// </summary>
    public async Task<CommunicationNeedsFlag?> ForAccountAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!cases.User.IsInRole(Roles.Finance) && !cases.User.IsInRole(Roles.Administrator))
        {
            return null;
        }

        var careCase = await db.Set<CareCase>().AsNoTracking()
            .Where(c => c.Id == caseId && db.Set<Domain.Payments.DirectPaymentAgreement>().Any(d => d.CaseId == c.Id))
            .SingleOrDefaultAsync(cancellationToken);
        return careCase is null ? null : FlagFor(careCase);
    }

    /// <summary>The flag for the person a review is about.</summary>
    public async Task<CommunicationNeedsFlag?> ForReviewAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var caseId = await db.Set<Domain.Reviews.Review>().Where(r => r.Id == reviewId).Select(r => (Guid?)r.CaseId).SingleOrDefaultAsync(cancellationToken);
        return caseId is { } id ? await ForCaseAsync(id, cancellationToken) : null;
    }

    private static CommunicationNeedsFlag? FlagFor(CareCase careCase) =>
        careCase.CommunicationNeeds.AnyToFlag
            ? new CommunicationNeedsFlag(careCase.Id, careCase.SubjectName, CommunicationNeedsWords.Lines(careCase.CommunicationNeeds))
            : null;
}
