using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.UnfinishedAnswers;

/// <summary>The "Retention" settings: how long answers a person started and did not send are kept.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days after the last change that an unfinished application or financial assessment is kept.</summary>
    public int UnfinishedAnswersDays { get; set; } = UnfinishedAnswersRetention.DefaultDays;
}

/// <summary>
/// Unfinished answers (an application, or a person's own financial assessment, not yet sent) are kept only as long as
/// the person may come back to them: no longer than the council needs them (UK GDPR Article 5(1)(e), storage
/// limitation). The pages that keep them say for how long.
/// </summary>
public sealed record UnfinishedAnswersRetention(int Days)
{
    public const int DefaultDays = 90;

    /// <summary>"We keep your answers for 90 days after you last change them", on the pages that keep them.</summary>
    public string Promise => $"We keep unfinished answers for {Days} days after they were last changed, then delete them.";
}

/// <summary>
/// Deletes every unfinished application and unfinished financial assessment last changed longer ago than the council
/// keeps them. Run as a housekeeping job on one instance; each kind is one set-based delete.
/// </summary>
public sealed class ForgetUnfinishedAnswers(IPortalDb db, CouncilClock clock, UnfinishedAnswersRetention retention)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.UtcNow.AddDays(-retention.Days);
        var applications = await db.Set<ApplicationDraft>().Where(d => d.UpdatedAt < before).ExecuteDeleteAsync(cancellationToken);
        var assessments = await db.Set<FinancialAssessmentDraft>().Where(d => d.SavedAt < before).ExecuteDeleteAsync(cancellationToken);
        return applications + assessments;
    }
}
