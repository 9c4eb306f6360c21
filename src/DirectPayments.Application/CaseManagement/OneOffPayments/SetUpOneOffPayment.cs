using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Application.CaseManagement.FinancialAssessments;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.OneOffPayments;

/// <summary>
/// A one-off payment as the case manager sets it up: what it buys, the need and outcome, the whole cost, when it is
/// paid, and who to: its own payee (a nominated person, a supplier), or, when null, the direct payment's account.
/// </summary>
public sealed record OneOffPaymentRequest(Guid CaseId, string Description, EligibilityOutcome Need, string Outcome, Money Amount, DateOnly DueOn, OneOffPayee? Payee = null);

/// <summary>Who a one-off is paid to, when not into the person's direct payment account, as typed.</summary>
public sealed record OneOffPayee(string Name, AccountType AccountType, string Account);

/// <summary>
/// The case manager sets up a one-off direct payment for a single outcome, with no personal budget or plan needed. The
/// contribution taken follows the council's one-off policy for the year it is paid, from the person's verified
/// assessment. Within the case manager's limit it is approved and the person told; above it, it waits for a manager.
/// </summary>
public sealed class SetUpOneOffPayment(CommandRunner runner, IChargingRatesProvider rates, ApprovalLimits limits)
{
    public Task<CommandResult<OneOffDirectPayment>> RunAsync(OneOffPaymentRequest command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, $"set up a one-off payment of {command.Amount} for {command.Description}", async (work, c) =>
        {
            var caseId = work.Case.Id;
            var year = FinancialYear.Containing(command.DueOn);
            var rules = await rates.FindAsync(year, c);
            if (rules is null)
            {
                CommandWork.Refuse($"There is no council policy for {year}, the year of the date it is paid. An administrator must add the year first.", "DueOn");
            }

            // A one-off payment meets a need the council has assessed as eligible, like any direct payment.
            var needs = await AssessedNeeds.LatestAsync(work.Db, caseId, c);
            if (needs is not { Eligible: true })
            {
                CommandWork.Refuse("Record a needs assessment that finds eligible needs first: a one-off payment meets an assessed need.");
            }

            if (!needs.UnachievedOutcomeList.Contains(command.Need))
            {
                CommandWork.Refuse($"Choose a need the needs assessment of {needs.AssessedOn:d MMMM yyyy} found.");
            }

            var limit = await limits.RequiredAsync(work.Today, c);

            // The weekly contribution is already used when the person pays it towards an ongoing direct payment, net or
            // gross, on the day the one-off is due.
            var directPayments = await work.Db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(c);
            var regularServicesUseContribution = directPayments
                .Any(d => d.StatusOn(command.DueOn) == DirectPaymentStatus.Active && d.TermsOn(command.DueOn).WeeklyContribution > Money.Zero);
            if (command.Payee is null && !directPayments.Any(d => d.StatusOn(command.DueOn) == DirectPaymentStatus.Active))
            {
                CommandWork.Refuse("This person has no direct payment account to pay it into on that date: enter who it is paid to.");
            }

            var weeklyContribution = (await work.AssessmentHistoryAsync(c)).Verified?.WeeklyContribution;
            var result = OneOffDirectPaymentCalculator.Calculate(command.Amount, weeklyContribution, regularServicesUseContribution, rules.Policy);
            var payment = new OneOffDirectPayment(
                caseId, command.Description, command.Need, command.Outcome, command.DueOn, result, rules.Policy.OneOffContributionPolicy, work.Who, work.Today, limit);
            if (command.Payee is { } payee)
            {
                payment.PayTo(payee.Name, PayeeAccount.From(payee.AccountType, payee.Account));
                work.Describe($"paid to {payment.PayeeName}, {payment.Payee!.Masked}");
            }

            work.Add(payment);
            if (payment.Status == OneOffPaymentStatus.Approved)
            {
                work.Send(Letters.Letters.OneOffPaymentApproved(payment));
            }
            else
            {
                work.Describe("above the case manager's limit, so it waits for a manager");
            }

            return payment;
        }, cancellationToken);
    }
}
