using DirectPayments.Application.Common;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.CaseManagement.Budgets;

/// <summary>
/// The case manager sets an indicative budget to plan with. <paramref name="LatestNumberSeen"/> is the latest version
/// they saw, so that two people cannot both add the next one.
/// </summary>
public sealed record IndicativeBudget(Guid CaseId, Money Weekly, string Basis, int LatestNumberSeen);

public sealed class SetIndicativeBudget(CommandRunner runner, ApprovalLimits limits)
{
    public const string ChangedMessage = "Someone else changed this budget while you were working on it. Check the budget and try again.";

    public Task<CommandResult<PersonalBudget>> RunAsync(IndicativeBudget command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, $"set an indicative budget of {command.Weekly} a week", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            var history = await work.BudgetHistoryAsync(c);
            if (history.LatestNumber != command.LatestNumberSeen)
            {
                CommandWork.Refuse(ChangedMessage);
            }

            var budget = history.SetIndicative(command.Weekly, command.Basis, work.Who, work.Today, await limits.RequiredAsync(work.Today, c));
            work.AddNew(history);
            if (budget.Status == ApprovalStatus.AwaitingApproval)
            {
                work.Describe("above the case manager's limit, so it waits for a manager");
            }

            return budget;
        }, cancellationToken);
    }
}
