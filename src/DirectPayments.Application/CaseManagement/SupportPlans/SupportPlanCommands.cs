using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Application.CaseManagement.SupportPlans;

/// <summary>The case manager starts a draft: the first plan, or a new version of the one proposed, agreed or in force.</summary>
public sealed class StartSupportPlanDraft(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, long planVersionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "started a draft support plan", async (work, c) =>
        {
            var history = await work.PlanHistoryAsync(c);
            if (history.Current is { } current)
            {
                work.ExpectVersion(current, planVersionSeen);
            }

            var draft = history.StartDraft();
            work.Add(draft);
            work.Describe($"version {draft.Number}");
        }, cancellationToken);
}

/// <summary>The case manager adds a costed line to the draft plan.</summary>
public sealed class AddSupportPlanLine(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, long planVersionSeen, SupportPlanLineDetails line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        return runner.ForCaseAsync(caseId, CaseOperation.Manage, $"added \"{line.Description}\" to the support plan", async (work, c) =>
            work.Add((await work.CurrentPlanAsync(planVersionSeen, c)).AddLine(line)), cancellationToken);
    }
}

/// <summary>The case manager takes a line out of the draft plan.</summary>
public sealed class RemoveSupportPlanLine(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, long planVersionSeen, Guid lineId, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "removed a line from the support plan", async (work, c) =>
        {
            var plan = await work.CurrentPlanAsync(planVersionSeen, c);
            var line = plan.Lines.FirstOrDefault(l => l.Id == lineId);
            plan.RemoveLine(lineId);
            if (line is not null)
            {
                work.Describe($"\"{line.Description}\"");
            }
        }, cancellationToken);
}

/// <summary>The case manager proposes the draft to the person, who is sent a letter to read and agree it.</summary>
public sealed class ProposeSupportPlan(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, long planVersionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "proposed the support plan to the person", async (work, c) =>
        {
            var plan = await work.CurrentPlanAsync(planVersionSeen, c);
            plan.Propose(work.Today);

            // A revision of the plan a direct payment pays for leaves the case active: the payment goes on meanwhile.
            if (!await work.HasDirectPaymentAsync(c))
            {
                work.Case.PlanToAgree(work.Today);
            }

            work.Send(Letters.Letters.PlanProposed(plan.WeeklyTotal));
            work.Describe($"version {plan.Number}, {plan.WeeklyTotal} a week");
        }, cancellationToken);
}

/// <summary>How the council's agreement ended: agreed, or the plan's final budget waiting for a manager first.</summary>
public sealed record CouncilAgreement(bool WaitingForManager, PersonalBudget? Budget);

/// <summary>
/// The council agrees the plan, and with it the final personal budget from its costed lines, in the same transaction.
/// Above the case manager's approval limit the budget goes to a manager, and the council agrees when they approve it.
/// </summary>
public sealed class AgreeSupportPlanForTheCouncil(CommandRunner runner, ApprovalLimits limits, IChargingRatesProvider rates)
{
    public Task<CommandResult<CouncilAgreement>> RunAsync(Guid caseId, long planVersionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "agreed the support plan for the council", async (work, c) =>
        {
            var plan = await work.CurrentPlanAsync(planVersionSeen, c);
            PersonalBudget? budget = null;
            if (plan.Status == SupportPlanStatus.Proposed)
            {
                var budgets = await work.BudgetHistoryAsync(c);
                budget = budgets.FinalFor(plan, work.Who, work.Today, await limits.RequiredAsync(work.Today, c));
                work.AddNew(budgets);
                if (budget.Status == ApprovalStatus.AwaitingApproval)
                {
                    work.Describe($"its final budget of {budget.YearlyAmount} a year is above the case manager's limit and waits for a manager");
                    return new CouncilAgreement(true, budget);
                }
            }

            plan.AgreeAsCouncil(work.Who, work.Today);
            if (plan.Status == SupportPlanStatus.Agreed)
            {
                var revised = await work.RevisedPlanTakesEffectAsync(plan, rates, c);
                work.Send(Letters.Letters.PlanAgreed(plan.WeeklyTotal, revised));
            }

            work.Describe($"version {plan.Number}");
            return new CouncilAgreement(false, budget);
        }, cancellationToken);
}

/// <summary>
/// The case manager records the person's agreement to the proposed plan, given on paper, on the phone or in person by
/// them or someone who may decide for them: the same as agreeing online, for the many people who never sign in.
/// </summary>
public sealed class RecordPersonsAgreementToSupportPlan(CommandRunner runner, IChargingRatesProvider rates)
{
    public Task<CommandResult> RunAsync(Guid caseId, long planVersionSeen, string who, PersonsAgreementGiven how, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "recorded the person's agreement to the support plan", async (work, c) =>
        {
            var plan = await work.CurrentPlanAsync(planVersionSeen, c);
            plan.RecordPersonsAgreement(who, DisplayNames.Of(how), work.Today);
            await work.PersonAgreedAsync(plan, rates, c);
            work.Describe($"version {plan.Number}, agreed by {plan.AgreedByPerson}");
        }, cancellationToken);
}
