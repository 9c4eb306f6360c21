using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.FinancialAssessments;

/// <summary>
/// The answers a person has given so far to their own financial assessment, kept so that they can stop and come back
/// (another day, another device) before sending it. One a case, shared by whoever may act as the person on it, and
/// gone once it is sent or they start again. The council decides nothing from a draft, so it is not audited; sending it
/// is (docs/adr/0040).
/// </summary>
public sealed class FinancialAssessmentDraft
{
    /// <summary>Far more than the longest set of answers (fifteen of each kind of item) takes.</summary>
    public const int MaximumLength = 32_000;

    private FinancialAssessmentDraft()
    {
    }

    public Guid CaseId { get; private set; }

    /// <summary>The answers as the questions keep them (JSON); the domain does not read them.</summary>
    public string Answers { get; private set; } = string.Empty;

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>The account that saved it last: the person, or someone acting for them.</summary>
    public string SavedBy { get; private set; } = string.Empty;

    public static FinancialAssessmentDraft Start(Guid caseId, string answers, string savedBy, DateTimeOffset at)
    {
        var draft = new FinancialAssessmentDraft { CaseId = caseId };
        draft.Keep(answers, savedBy, at);
        return draft;
    }

    /// <summary>The answers as they are now, replacing those kept before.</summary>
    public void Keep(string answers, string savedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answers);
        ArgumentException.ThrowIfNullOrWhiteSpace(savedBy);
        if (answers.Length > MaximumLength)
        {
            throw new DomainException("The answers are too long to keep. Add smaller amounts together");
        }

        Answers = answers;
        SavedBy = savedBy;
        SavedAt = at;
    }
}
