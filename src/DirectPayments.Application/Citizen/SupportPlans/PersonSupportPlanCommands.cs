using DirectPayments.Application.CaseManagement.SupportPlans;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;

namespace DirectPayments.Application.Citizen.SupportPlans;

/// <summary>
/// The person (or someone who may decide for them) agrees the plan their case manager proposed. Someone who asked for
/// the person may agree it only once their case manager has checked their authority to act for them.
/// </summary>
public sealed class AgreeSupportPlanAsThePerson(CommandRunner runner, IChargingRatesProvider rates)
{
    public static string AuthorityNotCheckedMessage(string personName) =>
        $"Your case manager needs to check your right to act for {personName} before you can agree their support plan. They will contact you";

    public Task<CommandResult> RunAsync(Guid caseId, long planVersionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.ActAsPerson, "agreed the support plan for the person", async (work, c) =>
        {
            if (!work.Case.MayDecideForThePerson(work.User.UserId))
            {
                CommandWork.Refuse(AuthorityNotCheckedMessage(work.Case.SubjectName));
            }

            var plan = await work.CurrentPlanAsync(planVersionSeen, c);
            plan.AgreeAsPerson(work.Who, work.Today);
            await work.PersonAgreedAsync(plan, rates, c);
            work.Describe($"version {plan.Number}");
        }, cancellationToken);
}

/// <summary>The person asks for changes to the proposed plan, saying what should change.</summary>
public sealed class AskForSupportPlanChanges(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, long planVersionSeen, string whatShouldChange, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.ActAsPerson, "asked for changes to the support plan", async (work, c) =>
            (await work.CurrentPlanAsync(planVersionSeen, c)).RequestChanges(whatShouldChange), cancellationToken);
}
