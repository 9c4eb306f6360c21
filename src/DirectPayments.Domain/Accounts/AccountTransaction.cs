using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Accounts;

/// <summary>What a line in a direct payment account is.</summary>
public enum TransactionKind
{
    /// <summary>The council's 4-weekly (or one-off) payment in.</summary>
    CouncilPayment,

    /// <summary>The person's own contribution paid in (net direct payments).</summary>
    Contribution,

    /// <summary>Money spent on support.</summary>
    Spend,

    /// <summary>Money paid back into the account by a provider.</summary>
    Refund,

    /// <summary>Money the council took back out of the account (a surplus, or at the end).</summary>
    Recovery,
}

/// <summary>Where a line came from.</summary>
public enum TransactionSource
{
    PaymentRun,
    StatementImport,
}

/// <summary>
/// One line of a direct payment account's ledger: money in is positive, money out negative, so the balance on any
/// date is the sum of the lines up to it. A line from the card provider keeps the provider's transaction id, unique
/// per account, so importing the same file twice adds nothing.
/// </summary>
public sealed class AccountTransaction
{
    private AccountTransaction()
    {
        ProviderTransactionId = string.Empty;
        Description = string.Empty;
    }

    public AccountTransaction(
        Guid directPaymentId, Guid caseId, string providerTransactionId, DateOnly date, Money amount, TransactionKind kind,
        TransactionSource source, string description, string? merchant = null, int? merchantCategoryCode = null,
        Money? runningBalance = null, SpendCategory? category = null, SpendConcern flag = SpendConcern.None)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerTransactionId);
        if (kind is TransactionKind.Spend or TransactionKind.Recovery ? amount > Money.Zero : amount < Money.Zero)
        {
            throw new DomainException($"A {kind} line cannot be {amount}: money out is negative, money in positive.");
        }

        Id = Guid.CreateVersion7();
        DirectPaymentId = directPaymentId;
        CaseId = caseId;
        ProviderTransactionId = providerTransactionId;
        Date = date;
        Amount = amount;
        Kind = kind;
        Source = source;
        Description = description;
        Merchant = merchant;
        MerchantCategoryCode = merchantCategoryCode;
        RunningBalance = runningBalance;
        Category = category;
        Flag = flag;
    }

    public Guid Id { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    public Guid CaseId { get; private set; }

    public string ProviderTransactionId { get; private set; }

    public DateOnly Date { get; private set; }

    public Money Amount { get; private set; }

    public TransactionKind Kind { get; private set; }

    public TransactionSource Source { get; private set; }

    public string Description { get; private set; }

    public string? Merchant { get; private set; }

    public int? MerchantCategoryCode { get; private set; }

    /// <summary>The provider's balance after this line, to reconcile against.</summary>
    public Money? RunningBalance { get; private set; }

    public SpendCategory? Category { get; private set; }

    public SpendConcern Flag { get; private set; }

    /// <summary>
    /// Whether the person has sent a receipt for this spending: kept on the line as the receipt is saved, so the
    /// council's spending checks read one row, not every receipt ever sent.
    /// </summary>
    public bool ReceiptSent { get; private set; }

    /// <summary>The payment run that wrote this line (a council payment, or what a run took back), and so who committed it.</summary>
    public Guid? PaymentRunId { get; private set; }

    /// <summary>The statement import that wrote this line, and so who imported it and when.</summary>
    public Guid? StatementImportId { get; private set; }

    /// <summary>Records that a receipt was sent for this spending.</summary>
    public void RecordReceiptSent()
    {
        if (Kind != TransactionKind.Spend)
        {
            throw new DomainException("A receipt is sent for spending, not for money paid in.");
        }

        ReceiptSent = true;
    }

    /// <summary>Marks the line as written by <paramref name="run"/>.</summary>
    public AccountTransaction WrittenBy(Payments.PaymentRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        PaymentRunId = run.Id;
        return this;
    }

    /// <summary>Marks the line as written by <paramref name="import"/>.</summary>
    public AccountTransaction ImportedIn(StatementImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        StatementImportId = import.Id;
        return this;
    }
}
