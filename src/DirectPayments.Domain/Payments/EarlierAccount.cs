namespace DirectPayments.Domain.Payments;

/// <summary>
/// An account a direct payment was paid into until its account changed. A card provider's statements still carry the
/// old account's spending and refunds for a while after the change; kept, they reach the person's account instead of
/// being reported as nobody's.
/// </summary>
public sealed class EarlierAccount
{
    private EarlierAccount() => AccountIdentifier = string.Empty;

    internal EarlierAccount(DirectPaymentAgreement agreement, PayeeAccount account, DateOnly replacedOn)
    {
        Id = Guid.CreateVersion7();
        DirectPaymentId = agreement.Id;
        AccountType = account.Type;
        AccountIdentifier = account.Digits;
        ReplacedOn = replacedOn;
    }

    public Guid Id { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    public AccountType AccountType { get; private set; }

    /// <summary>The card account reference, or sort code and account number (stored encrypted, as every account number).</summary>
    public string AccountIdentifier { get; private set; }

    /// <summary>The day the direct payment's account changed from this one.</summary>
    public DateOnly ReplacedOn { get; private set; }
}
