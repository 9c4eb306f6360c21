using DirectPayments.Application.Common;

namespace DirectPayments.Application.CaseManagement.Documents;

/// <summary>
/// The case manager asks the person for documents: a letter on the person's dashboard, e-mailed to them, saying what is
/// needed and by when.
/// </summary>
public sealed class AskForDocuments(CommandRunner runner)
{
    /// <summary>Asks, and answers with the name of the person asked.</summary>
    public Task<CommandResult<string>> RunAsync(Guid caseId, string what, DateOnly by, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        return runner.ForCaseAsync(caseId, CaseOperation.Manage, $"asked for documents by {by:d MMMM yyyy}", (work, _) =>
        {
            work.Send(Letters.Letters.DocumentsRequested(what, by));
            return Task.FromResult(work.Case.SubjectName);
        }, cancellationToken);
    }
}
