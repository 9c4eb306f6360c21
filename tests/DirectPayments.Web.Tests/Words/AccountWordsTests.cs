using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Words;

namespace DirectPayments.Web.Tests.Words;

public sealed class AccountWordsTests
{
    private static readonly DateOnly Start = new(2026, 12, 7);

    [Fact]
    public void Missing_contributions_say_what_was_paid_of_what_was_due()
    {
        var arrears = new ArrearsResult(Money.FromPounds(80m), Money.FromPounds(40m), Money.FromPounds(40m), []);

        Assert.Equal("£40.00 (£40.00 paid of £80.00 due)", AccountWords.Arrears(Account(DirectPaymentBasis.Net, 20m, arrears)));
    }

    [Fact]
    public void A_net_payment_with_no_contribution_owes_none()
    {
        Assert.Equal("None: no contribution is due", AccountWords.Arrears(Account(DirectPaymentBasis.Net, 0m, null)));
    }

    [Fact]
    public void A_gross_payments_contribution_is_invoiced()
    {
        Assert.Equal("Not applicable: the council invoices the contribution", AccountWords.Arrears(Account(DirectPaymentBasis.Gross, 20m, null)));
    }

    [Fact]
    public void A_council_payments_line_says_the_days_the_run_wrote_it_pays()
    {
        var line = new AccountTransaction(Guid.CreateVersion7(), Guid.CreateVersion7(), "DP-7K3M9Q2C-20261116", Start, Money.FromPounds(122.80m),
            TransactionKind.CouncilPayment, TransactionSource.PaymentRun, "For 16 November 2026 to 13 December 2026");

        Assert.Equal("For 16 November 2026 to 13 December 2026", AccountWords.PaidFor(line));
    }

    [Fact]
    public void A_council_payments_line_written_before_payments_said_their_days_adds_nothing()
    {
        var line = new AccountTransaction(Guid.CreateVersion7(), Guid.CreateVersion7(), "DP-7K3M9Q2C-20261116", Start, Money.FromPounds(10m),
            TransactionKind.CouncilPayment, TransactionSource.PaymentRun, "Council payment DP-7K3M9Q2C-20261116");

        Assert.Null(AccountWords.PaidFor(line));
    }

    [Fact]
    public void A_card_providers_line_for_the_councils_load_adds_nothing()
    {
        var line = new AccountTransaction(Guid.CreateVersion7(), Guid.CreateVersion7(), "T-9001", Start, Money.FromPounds(10m),
            TransactionKind.CouncilPayment, TransactionSource.StatementImport, "COUNCIL LOAD DP-7K3M9Q2C-20261116");

        Assert.Null(AccountWords.PaidFor(line));
    }

    private static AccountSummary Account(DirectPaymentBasis basis, decimal contribution, ArrearsResult? arrears)
    {
        var agreement = new DirectPaymentAgreement(Guid.CreateVersion7(), Guid.CreateVersion7(), basis, Recipient.ThePerson, "Leo Parker",
            AccountType.PrepaidCard, "4929000000004321", Money.FromPounds(108m), Money.FromPounds(contribution), Start, Start.AddMonths(6), "manager", Start);
        return new AccountSummary(agreement, Start, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, [], arrears, null, null);
    }
}
