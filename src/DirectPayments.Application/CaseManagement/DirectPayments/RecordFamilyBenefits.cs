using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.CaseManagement.DirectPayments;

/// <summary>
/// The family of a disabled child starts or stops receiving a benefit in the Children Act 1989 s29(3), or shows what
/// they can reasonably be expected to pay a week (s29(2); null for the council's charge), from a day.
/// <paramref name="Version"/> is the case's version the case manager saw.
/// </summary>
public sealed record FamilyBenefitsChange(Guid CaseId, bool OnBenefitThatExempts, DateOnly From, long Version, Money? CanReasonablyPayWeekly = null, string? MeansShownBy = null);

/// <summary>
/// The case manager records whether a disabled child's family receives a benefit that means the council may not charge
/// for the child's services (s29(3)), and what they have shown they can reasonably pay (s29(2)). Where the council
/// charges, the family's contribution to the direct payment changes from that day, with a letter, in the same save.
/// </summary>
public sealed class RecordFamilyBenefits(CommandRunner runner, IChargingRatesProvider rates)
{
    public Task<CommandResult> RunAsync(FamilyBenefitsChange command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, "recorded the family's benefits", async (work, c) =>
        {
            work.ExpectVersion(work.Case, command.Version);
            var before = work.Case.FamilyCanReasonablyPayWeekly;
            work.Case.RecordFamilyBenefits(command.OnBenefitThatExempts, command.CanReasonablyPayWeekly, command.MeansShownBy);
            work.Describe(command.OnBenefitThatExempts
                ? $"the family receives a benefit in section 29(3) of the Children Act 1989 from {command.From:d MMMM yyyy}, so the council may not charge"
                : $"the family receives no benefit in section 29(3) of the Children Act 1989 from {command.From:d MMMM yyyy}");
            if (command.CanReasonablyPayWeekly is { } limit)
            {
                work.Describe($"the family can reasonably be expected to pay no more than {limit} a week (section 29(2)), shown by: {work.Case.FamilyMeansShownBy}");
            }
            else if (before is not null)
            {
                work.Describe("the family can pay the council's charge (no longer limited under section 29(2))");
            }

            await work.ReworkChildrensChargeAsync(rates, command.From, "What the family can pay changed.", c);
        }, cancellationToken);
    }
}
