using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Application.CaseManagement.Representatives;

/// <summary>
/// Where the council's letters about a person are posted: to a representative at their own address, or (null) to the
/// person again. <paramref name="Version"/> is the case's version the case manager saw.
/// </summary>
public sealed record CorrespondentChange(Guid CaseId, Correspondent? Correspondent, long Version);

/// <summary>
/// The case manager records that letters go to someone with the right to act for the person (an attorney, a deputy, a
/// nominated or authorised person, a parent), at their postal address: every letter from then on is posted to them,
/// addressed to them for the person; or sends letters to the person again. Audited in words.
/// </summary>
public sealed class RecordCorrespondent(CommandRunner runner)
{
    public const string ChangedMessage = "Someone else changed this case while you were working on it. Check where letters go and try again.";

    public Task<CommandResult> RunAsync(CorrespondentChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return runner.ForCaseAsync(change.CaseId, CaseOperation.Manage, "recorded where letters go", (work, _) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            work.ExpectVersion(work.Case, change.Version);
            var before = work.Case.Correspondent;
            work.Case.SendLettersTo(change.Correspondent);
            work.Describe(change.Correspondent is { } to
                ? $"letters are now posted to {to.Name} ({to.Relationship}), {string.Join(", ", to.Address.AddressLines)}"
                : before is null ? "letters go to the person" : $"letters go to the person again, not to {before.Name}");
            return Task.CompletedTask;
        }, cancellationToken);
    }
}
