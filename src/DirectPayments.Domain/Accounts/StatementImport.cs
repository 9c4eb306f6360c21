using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Accounts;

/// <summary>
/// One card statement file imported into the ledger: which file, who imported it and when, and what it added. Every
/// ledger line it wrote carries its id, so that any line leads back to the person who imported it.
/// </summary>
public sealed class StatementImport
{
    public const int MaxFileNameLength = 255;

    private StatementImport()
    {
        FileName = string.Empty;
        ImportedBy = string.Empty;
    }

    public StatementImport(string fileName, string importedBy, DateTimeOffset importedAt)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        Id = Guid.CreateVersion7();
        // The name is the sender's: no line breaks or other control characters reach the audit trail or a page.
        var name = new string((fileName ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        name = name.Length == 0 ? "(no name)" : name;
        FileName = name.Length > MaxFileNameLength ? name[..MaxFileNameLength] : name;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The file's name as finance sent it.</summary>
    public string FileName { get; private set; }

    public string ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>Lines added to the ledger (not those already there, the council's own loads, or lines refused).</summary>
    public int LinesAdded { get; private set; }

    /// <summary>What the lines added put into the accounts (payments in, contributions, refunds).</summary>
    public Money MoneyIn { get; private set; }

    /// <summary>What the lines added took out of the accounts (spending), as a positive sum.</summary>
    public Money MoneyOut { get; private set; }

    public void Totals(int linesAdded, Money moneyIn, Money moneyOut) => (LinesAdded, MoneyIn, MoneyOut) = (linesAdded, moneyIn, moneyOut);
}
