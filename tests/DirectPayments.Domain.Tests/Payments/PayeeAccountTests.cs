using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Payments;

public sealed class PayeeAccountTests
{
    [Fact]
    public void A_bank_account_is_its_sort_code_and_account_number()
    {
        var account = PayeeAccount.From(AccountType.BankAccount, "20-00-00 55667788");

        Assert.Equal(("20-00-00", "55667788", ""), (account.SortCode, account.AccountNumber, account.CardReference));
    }

    [Fact]
    public void A_card_is_its_card_account_reference()
    {
        var account = PayeeAccount.From(AccountType.PrepaidCard, "4929 0000 0000 1234");

        Assert.Equal(("", "", "4929000000001234"), (account.SortCode, account.AccountNumber, account.CardReference));
    }

    [Fact]
    public void Masked_shows_only_the_last_four_digits() =>
        Assert.Equal("****1234", PayeeAccount.From(AccountType.PrepaidCard, "4929000000001234").Masked);

    [Theory]
    [InlineData("12345678")]
    [InlineData("200000123456789")]
    public void A_bank_account_needs_six_and_eight_digits(string typed) =>
        Assert.Throws<DomainException>(() => PayeeAccount.From(AccountType.BankAccount, typed));

    [Theory]
    [InlineData("1234567")]
    [InlineData("49290000000012345678")]
    public void A_card_reference_is_eight_to_nineteen_digits(string typed) =>
        Assert.Throws<DomainException>(() => PayeeAccount.From(AccountType.PrepaidCard, typed));

    [Fact]
    public void A_one_off_paid_to_its_own_payee_belongs_to_no_direct_payment()
    {
        var payment = Payment.OneOffToItsPayee(new PaymentPeriod(new DateOnly(2026, 11, 16)), Guid.CreateVersion7(), "DP-ABC", Guid.CreateVersion7(),
            "Anytown Leisure Trust", PayeeAccount.From(AccountType.BankAccount, "40-11-22 33445566"), new DateOnly(2026, 11, 29), Money.FromPounds(312m));

        Assert.Equal((null, "****5566", "DP-ABC-20261116-1OFF"), (payment.DirectPaymentId, payment.MaskedAccount, payment.Reference));
    }
}
