using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

/// <summary>
/// Where a payment goes: a bank account, paid by BACS with its 6-digit sort code and 8-digit account number, or a
/// prepaid card, loaded through the card provider's bulk load with its account reference. Digits only. Shown in full
/// only in the finance payment file; everywhere else as <see cref="Masked"/>.
/// </summary>
public sealed record PayeeAccount
{
    public const int SortCodeDigits = 6;
    public const int AccountNumberDigits = 8;
    public const int ShortestCardReference = 8;
    public const int LongestCardReference = 19;

    private PayeeAccount(AccountType type, string digits) => (Type, Digits) = (type, digits);

    public AccountType Type { get; }

    /// <summary>The sort code and account number together, or the card account reference.</summary>
    public string Digits { get; }

    /// <summary>"20-00-00" for a bank account; empty for a card.</summary>
    public string SortCode => Type == AccountType.BankAccount ? $"{Digits[..2]}-{Digits[2..4]}-{Digits[4..6]}" : string.Empty;

    /// <summary>The 8-digit account number for a bank account; empty for a card.</summary>
    public string AccountNumber => Type == AccountType.BankAccount ? Digits[SortCodeDigits..] : string.Empty;

    /// <summary>The card provider's account reference for a prepaid card; empty for a bank account.</summary>
    public string CardReference => Type == AccountType.PrepaidCard ? Digits : string.Empty;

    /// <summary>"****5678": enough for the person to recognise their account, not enough to use it.</summary>
    public string Masked => "****" + Digits[^4..];

    /// <summary>Reads what was typed ("20-00-00 12345678", "4929 1234 5678 9012"), keeping only its digits.</summary>
    public static PayeeAccount From(AccountType type, string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var digits = new string([.. typed.Where(char.IsAsciiDigit)]);
        return type switch
        {
            AccountType.BankAccount when digits.Length != SortCodeDigits + AccountNumberDigits =>
                throw new DomainException("Enter the bank account's 6-digit sort code and 8-digit account number."),
            AccountType.PrepaidCard when digits.Length is < ShortestCardReference or > LongestCardReference =>
                throw new DomainException("Enter the card account reference: 8 to 19 numbers."),
            AccountType.BankAccount or AccountType.PrepaidCard => new PayeeAccount(type, digits),
            _ => throw new DomainException("Choose a prepaid card or a bank account."),
        };
    }

    /// <summary>An account as stored before its form was checked (digits only, as the database holds it).</summary>
    public static PayeeAccount Stored(AccountType type, string digits) => new(type, digits);
}
