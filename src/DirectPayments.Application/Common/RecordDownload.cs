namespace DirectPayments.Application.Common;

/// <summary>
/// Records in the case's audit trail that someone downloaded something personal from it (a document, a receipt, a
/// statement), in words, before the file is sent: a council can then say who took a copy of what, and when. The same
/// access check as reading the case; refused, nothing is sent.
/// </summary>
public sealed class RecordDownload(CommandRunner runner)
{
    public async Task<bool> RunAsync(Guid caseId, string what, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        var recorded = await runner.ForCaseAsync(caseId, CaseOperation.View, $"downloaded {what}", (_, _) => Task.CompletedTask, cancellationToken);
        return recorded.Succeeded;
    }
}
