using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Application.CaseManagement.FinancialAssessments;

/// <summary>
/// A light-touch assessment or a full-cost decision as the case manager records it. For a full-cost decision the
/// contribution is the whole weekly cost, whatever <paramref name="WeeklyContribution"/> says.
/// </summary>
public sealed record FinancialDecision(
    Guid CaseId, FinancialAssessmentKind Kind, Money WeeklyCostOfCare, Money WeeklyContribution, DateOnly EffectiveFrom, string Reason);

/// <summary>
/// The case manager records a light-touch assessment (reg 10: the council is satisfied, on the evidence, of what the
/// person can pay) or a full-cost decision, with its reason. It is a new verified version: it replaces the previous
/// one, which is kept; a case waiting for its financial assessment moves on, and the person is told what they pay.
/// </summary>
public sealed class RecordFinancialDecision(CommandRunner runner)
{
    public const string ChangedMessage = "Someone else changed this case while you were working on it. Check the case and try again.";

    public Task<CommandResult<FinancialAssessment>> RunAsync(FinancialDecision command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var what = command.Kind == FinancialAssessmentKind.FullCostDecision ? "a full-cost decision" : "a light-touch assessment";
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, $"recorded {what}", async (work, c) =>
        {
            // The unique (case, version number) index: someone else recorded a version at the same moment.
            work.WhenChangedMeanwhile(ChangedMessage);
            await work.CheckCostOfCareAsync(command.WeeklyCostOfCare, command.EffectiveFrom, c);
            var history = await work.AssessmentHistoryAsync(c);
            var decision = history.Decide(command.Kind, command.WeeklyCostOfCare, command.WeeklyContribution, command.EffectiveFrom, command.Reason, work.Who, work.Today);
            work.AddNew(history.Versions);
            work.Case.ContributionSettled(work.Today);
            work.Send(Letters.Letters.WhatYouPay(decision));
            work.Describe($"version {decision.Number}, {decision.WeeklyContribution} a week from {command.EffectiveFrom:d MMMM yyyy}");
            await work.ChangeDirectPaymentAsync(
                DirectPaymentChangeKind.Reassessed, terms => terms with { WeeklyContribution = decision.WeeklyContribution ?? terms.WeeklyContribution }, command.EffectiveFrom,
                $"Financial assessment {decision.Number} was decided: a contribution of {decision.WeeklyContribution} a week.", c);
            return decision;
        }, cancellationToken);
    }
}
