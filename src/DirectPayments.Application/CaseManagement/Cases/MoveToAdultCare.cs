using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>
/// A disabled child's case moves to adult care from a day on or after their 18th birthday.
/// <paramref name="Version"/> is the case's version the case manager saw.
/// </summary>
public sealed record AdultCareMove(Guid CaseId, DateOnly On, long Version);

/// <summary>
/// The case manager moves a disabled child's case to adult care once they are 18 (Care Act 2014 ss58-66): from that day
/// the Care Act applies, the children's charge stops (nothing is taken from the direct payment until a Care Act
/// financial assessment is verified), the parent's authority to act is checked again, and the family is told, all in
/// one save. The direct payment itself goes on, so support does not stop while adult care assesses (s66).
/// </summary>
public sealed class MoveToAdultCare(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(AdultCareMove command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, "moved the case to adult care", async (work, c) =>
        {
            work.ExpectVersion(work.Case, command.Version);
            var name = work.Case.SubjectName;
            work.Case.MovesToAdultCare(command.On);
            work.Send(Letters.Letters.MovingToAdultCare(name, command.On));
            work.Describe($"{name} is 18: the Care Act applies from {command.On:d MMMM yyyy}, with a needs assessment and financial assessment to do "
                + "and the authority of whoever acts for them to check again");
            await work.ChangeDirectPaymentAsync(
                DirectPaymentChangeKind.Reassessed, terms => terms with { WeeklyContribution = Money.Zero }, command.On,
                $"{name} moved to adult care: the charge for children's services ended. Anything paid towards adult care is worked out by a financial assessment under the Care Act.", c);
        }, cancellationToken);
    }
}
