using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.FinancialAssessments;

/// <summary>The case a person is answering their financial assessment for, and the answers they have kept so far.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="PersonName">Whose money the answers are about.</param>
/// <param name="Reference">The case's reference.</param>
/// <param name="Answers">The draft's answers (JSON); none before the first is kept.</param>
/// <param name="SavedAt">When they were last kept.</param>
public sealed record DraftFor(Guid CaseId, string PersonName, string Reference, string? Answers, DateTimeOffset? SavedAt)
{
    /// <summary>The person answers their own (not someone acting for them): the questions speak to them.</summary>
    public bool AnsweredByThePerson { get; init; }
}

/// <summary>
/// A person's own financial assessment as a draft (docs/adr/0040): kept in the database after every answer, so they can
/// stop and come back, and read back only by someone who may act as the person on an open case. Not audited, and not run
/// through the command runner, as nothing the council decides changes: sending it (<see cref="SendFinancialAssessment"/>)
/// is the command, and ends the draft.
/// </summary>
public sealed class FinancialAssessmentDrafts(IPortalDb db, CaseReader cases, CouncilClock clock)
{
    /// <summary>The case and its draft, when this person may answer for it; none for a closed case or another's.</summary>
    public async Task<DraftFor?> OpenAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await AnswerableAsync(caseId, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var draft = await db.Set<FinancialAssessmentDraft>().AsNoTracking().SingleOrDefaultAsync(d => d.CaseId == caseId, cancellationToken);
        return new DraftFor(careCase.Id, careCase.SubjectName, careCase.Reference, draft?.Answers, draft?.SavedAt)
        {
            AnsweredByThePerson = careCase.Members.Any(m => m.IsActive && m.Role == CaseMemberRole.Subject && m.UserId == cases.User.UserId),
        };
    }

    /// <summary>Keeps the answers as they are now; false when this person may not answer for the case.</summary>
    public async Task<bool> KeepAsync(Guid caseId, string answers, CancellationToken cancellationToken = default)
    {
        if (await AnswerableAsync(caseId, cancellationToken) is null)
        {
            return false;
        }

        try
        {
            await KeepOnceAsync(caseId, answers, cancellationToken);
        }
        catch (DbUpdateException e) when (db.IsDuplicate(e))
        {
            // Someone acting for the same person kept the case's first draft at the same moment: these answers are the
            // later, so they replace it, as any later save does.
            db.Forget();
            await KeepOnceAsync(caseId, answers, cancellationToken);
        }

        return true;
    }

    /// <summary>Throws the draft away, to start again; false when this person may not answer for the case.</summary>
    public async Task<bool> DiscardAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.ActAsPerson, cancellationToken) is null)
        {
            return false;
        }

        await db.Set<FinancialAssessmentDraft>().Where(d => d.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    // An open case this person may act on as the person. A disabled child's services are not means-tested under the
    // Care Act: there is no assessment to answer.
    private async Task<CareCase?> AnswerableAsync(Guid caseId, CancellationToken cancellationToken) =>
        await cases.FindAsync(caseId, CaseOperation.ActAsPerson, cancellationToken) is { Stage: not CaseStage.Closed, IsForADisabledChild: false } careCase ? careCase : null;

    private async Task KeepOnceAsync(Guid caseId, string answers, CancellationToken cancellationToken)
    {
        var draft = await db.Set<FinancialAssessmentDraft>().SingleOrDefaultAsync(d => d.CaseId == caseId, cancellationToken);
        if (draft is null)
        {
            db.Set<FinancialAssessmentDraft>().Add(FinancialAssessmentDraft.Start(caseId, answers, cases.User.UserId, clock.UtcNow));
        }
        else
        {
            draft.Keep(answers, cases.User.UserId, clock.UtcNow);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Forget();
    }
}
