using DirectPayments.Application.CaseManagement.FinancialAssessments;
using DirectPayments.Application.CaseManagement.SupportPlans;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.DirectPayments;

/// <summary>
/// How the direct payment is paid: net or gross, to whom, into which account, from when, and the first review. For a
/// disabled child's services where the council charges, whether the family receives a benefit that means no charge
/// (Children Act 1989 s29(3)).
/// </summary>
public sealed record DirectPaymentDetails(
    Guid CaseId,
    DirectPaymentBasis Basis,
    Recipient Recipient,
    string RecipientName,
    AccountType AccountType,
    string AccountIdentifier,
    DateOnly StartDate,
    DateOnly FirstReviewDate,
    bool? FamilyOnBenefitThatExempts = null);

/// <summary>
/// Starts the direct payment once the plan is agreed and the contribution verified: the plan starts (replacing one in
/// force), the case is active, and the person is told what will be paid, when and into which account. A contribution
/// verified at another weekly cost is worked out again at the plan's cost first. All in one save.
/// </summary>
public sealed class StartDirectPayment(CommandRunner runner, IChargingRatesProvider rates, ReviewSchedule reviews, NextPayments nextPayments)
{
    public const string ChangedMessage = "Someone else changed this case while you were setting up the payment. Check the case and try again.";

    public const string FamilyBenefitsUnansweredMessage =
        "Select yes if the family receives a benefit that means the council cannot charge for the child's services";

    public Task<CommandResult<DirectPaymentAgreement>> RunAsync(DirectPaymentDetails command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, "set up the direct payment", async (work, c) =>
        {
            var caseId = work.Case.Id;
            var plans = await work.PlanHistoryAsync(c);
            work.WhenChangedMeanwhile(ChangedMessage);
            var plan = plans.Versions.LastOrDefault(p => p.Status is SupportPlanStatus.Agreed or SupportPlanStatus.Active);
            var assessments = await work.AssessmentHistoryAsync(c);
            var forAChild = work.Case.IsForADisabledChild;
            var hasDirectPayment = await work.Db.Set<DirectPaymentAgreement>().AnyAsync(d => d.CaseId == caseId && d.Status != DirectPaymentStatus.Ended, c);
            if (DirectPaymentAgreement.CannotStartBecause(hasDirectPayment, plan, assessments.Verified, !forAChild) is { } problem)
            {
                CommandWork.Refuse(problem);
            }

            if (work.Case.CannotBePaidTo(command.Recipient) is { } notToThem)
            {
                CommandWork.Refuse(notToThem);
            }

            if (command.FirstReviewDate > reviews.FirstDue(command.StartDate))
            {
                CommandWork.Refuse($"The first review must be within {reviews.FirstWithinMonths} months of the start.");
            }

            var cost = plan!.WeeklyTotal;
            FinancialAssessment? reworked = null;
            string? why = null;
            Money contribution;
            var reason = $"Worked out again at the agreed support plan's cost of {cost} a week";
            if (forAChild)
            {
                var charge = await ChildsChargeAsync(command, cost, work.Case.FamilyCanReasonablyPayWeekly, c);
                KeepFamilyBenefits(work, command);
                (contribution, why) = (charge.WeeklyContribution, charge.Reason);
            }
            else
            {
                var verified = assessments.Verified!;
                var engine = await rates.ForDayAsync(verified.EffectiveFrom ?? work.Today, c);
                var assessment = assessments.AtCostOfCare(
                    cost, reason, input => engine.Assess(input, $"There are no complete charging rates for {engine.Year} to work out the contribution at the plan's cost."), work.Who, work.Today)!;
                work.AddNew(assessments.Versions);
                reworked = assessment == verified ? null : assessment;
                contribution = assessment.WeeklyContribution ?? Money.Zero;
            }

            var agreement = new DirectPaymentAgreement(
                caseId, plan.Id, command.Basis, command.Recipient, command.RecipientName, command.AccountType, command.AccountIdentifier,
                plan.WeeklyDirectPayment, contribution, command.StartDate, command.FirstReviewDate, work.Who, work.Today);
            plans.Start(plan, command.StartDate);
            work.Case.PaymentStarted(work.Today);
            work.Add(agreement);
            var first = await nextPayments.ForAsync(agreement, work.Today, everPaid: false, c);
            work.Send(Letters.Letters.DirectPaymentStarting(agreement, reworked, first));
            work.Describe($"{agreement.WeeklyPaymentOn(command.StartDate).Times(4)} every 4 weeks from {command.StartDate:d MMMM yyyy}"
                + (first is null ? string.Empty : $", the first payment {first.Amount} on {first.On:d MMMM yyyy}")
                + (why is null ? string.Empty : $". {why}"));
            if (reworked is not null)
            {
                work.Describe($"{reason}: financial assessment {reworked.Number}");
            }

            return agreement;
        }, cancellationToken);
    }

    // A disabled child's services are charged (if at all) by the council's own policy under the Children Act 1989 s29,
    // for the year the payment starts in: no Care Act financial assessment is needed or used.
    private async Task<ChildrensServicesChargeResult> ChildsChargeAsync(DirectPaymentDetails command, Money cost, Money? canReasonablyPay, CancellationToken c)
    {
        var year = await rates.ForDayAsync(command.StartDate, c);
        if (year.Rates is not { } recorded)
        {
            CommandWork.Refuse($"There is no charging policy for {year.Year}, the year the direct payment starts in. An administrator must add the year first.", "StartDate");
            return null!;
        }

        if (recorded.Policy.ChildrensServicesWeeklyCharge > Money.Zero && command.FamilyOnBenefitThatExempts is null)
        {
            CommandWork.Refuse(FamilyBenefitsUnansweredMessage);
        }

        return ChildrensServicesCharge.Weekly(cost, command.FamilyOnBenefitThatExempts == true, recorded.Policy, canReasonablyPay);
    }

    // Kept on the case, so that each later year's charge (and a change in the family's benefits) reaches the payment;
    // what the family showed they can reasonably pay, recorded before, stays.
    private static void KeepFamilyBenefits(CaseWork work, DirectPaymentDetails command)
    {
        if (command.FamilyOnBenefitThatExempts is { } exempt)
        {
            work.Case.RecordFamilyBenefits(exempt, work.Case.FamilyCanReasonablyPayWeekly, work.Case.FamilyMeansShownBy);
        }
    }
}
