using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Application.CaseManagement.FinancialAssessments;

/// <summary>
/// The case manager's check of a submitted financial assessment, at the version they saw: the weekly cost of care (the
/// personal budget, which the person may not know) and the day the contribution starts, which chooses the year's rates.
/// </summary>
public sealed record FinancialAssessmentCheck(Guid CaseId, int Number, long VersionSeen, Money WeeklyCostOfCare, DateOnly EffectiveFrom);

/// <summary>
/// The case manager verifies a financial assessment against the evidence. It replaces the verified version (kept in the
/// history), moves a case waiting for it on to its plan, and tells the person what they pay, with the working.
/// </summary>
public sealed class VerifyFinancialAssessment(CommandRunner runner, IChargingRatesProvider rates)
{
    public const string ChangedMessage = "Someone else changed this assessment while you were checking it. Look at it again before verifying.";

    public Task<CommandResult> RunAsync(FinancialAssessmentCheck command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, $"verified financial assessment {command.Number}", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            var history = await work.AssessmentHistoryAsync(c);
            var assessment = history.Find(command.Number);
            if (assessment is null)
            {
                CommandWork.NotFound();
            }

            work.ExpectVersion(assessment, command.VersionSeen);
            await work.CheckCostOfCareAsync(command.WeeklyCostOfCare, command.EffectiveFrom, c);
            var engine = await rates.ForDayAsync(command.EffectiveFrom, c);
            history.Verify(assessment, command.WeeklyCostOfCare, command.EffectiveFrom, input => engine.Assess(input), work.Who, work.Today);
            work.Case.ContributionSettled(work.Today);
            work.Send(Letters.Letters.WhatYouPay(assessment));
            work.Describe($"{assessment.WeeklyContribution} a week from {command.EffectiveFrom:d MMMM yyyy}");
            await work.ChangeDirectPaymentAsync(
                DirectPaymentChangeKind.Reassessed, terms => terms with { WeeklyContribution = assessment.WeeklyContribution ?? terms.WeeklyContribution }, command.EffectiveFrom,
                $"Financial assessment {assessment.Number} was verified: a contribution of {assessment.WeeklyContribution} a week.", c);
        }, cancellationToken);
    }
}
