using DirectPayments.Application.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Application.CaseManagement.DirectPayments;

/// <summary>
/// Who the direct payment is paid to and into which account from the next payment, and how the change was confirmed
/// with the person (a call back on the number the council already holds, say). <paramref name="Version"/> is the direct
/// payment's version the case manager saw.
/// </summary>
public sealed record PayeeChange(
    Guid CaseId, Recipient Recipient, string RecipientName, AccountType AccountType, string AccountIdentifier, string HowConfirmed, long Version);

/// <summary>
/// The case manager changes who the direct payment is paid to, or the account it goes into. Changed bank details are
/// how councils are most often defrauded, so the change says how it was confirmed, and the person is sent a letter
/// (showing only the last 4 digits) that asks them to phone at once if they did not ask for it. Anyone but the person is
/// paid only with an authority the council has recorded or checked, as when the payment started.
/// </summary>
public sealed class ChangeHowItIsPaid(CommandRunner runner, CouncilDetails council)
{
    public const int HowConfirmedLength = 500;

    public Task<CommandResult> RunAsync(PayeeChange command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, "changed how the direct payment is paid", async (work, c) =>
        {
            if (await work.DirectPaymentAsync(c) is not { } agreement)
            {
                CommandWork.Refuse("This case has no direct payment.");
                return;
            }

            work.ExpectVersion(agreement, command.Version);
            if (work.Case.CannotBePaidTo(command.Recipient) is { } notToThem)
            {
                CommandWork.Refuse(notToThem);
            }

            var before = agreement.Account;
            if (agreement.PayInstead(command.Recipient, command.RecipientName, command.AccountType, command.AccountIdentifier, work.Today) is { } earlier)
            {
                // Kept so that the old card's statement lines, still arriving, reach the person's account.
                work.Add(earlier);
            }

            work.Send(Letters.Letters.PaymentAccountChanged(agreement, council));
            work.Describe($"paid to {agreement.RecipientName} into the {DisplayNames.Of(agreement.AccountType).ToLowerInvariant()} ending {agreement.Account.Digits[^4..]} from the next payment "
                + $"(was the {DisplayNames.Of(before.Type).ToLowerInvariant()} ending {before.Digits[^4..]}); confirmed by: {command.HowConfirmed.Trim()}");
        }, cancellationToken);
    }
}
