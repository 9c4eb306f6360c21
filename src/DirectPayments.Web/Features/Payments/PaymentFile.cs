using System.Globalization;
using System.Text;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Web.Features.Payments;

/// <summary>
/// The payment file finance loads into the council's finance system (docs/payment-file.md): one line a payment with
/// the payee's account in full, bank accounts paid by BACS (sort code and account number) and prepaid cards by the
/// card provider's bulk load (the card account reference); then a total for each method and the control total.
/// </summary>
public static class PaymentFile
{
    public const string Header = "Method,Payee,Sort code,Account number,Card account reference,Amount,Reference,Period start,Period end";

    public const string Bacs = "BACS";

    public const string CardLoad = "CARD LOAD";

    public static string Csv(PaymentRun run, IReadOnlyList<Payment> payments)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(payments);
        var (start, end) = (run.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), run.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        foreach (var p in payments)
        {
            var account = p.PayeeAccount;
            csv.Append(CultureInfo.InvariantCulture,
                $"{Method(account.Type)},{Field(p.PayeeName)},{account.SortCode},{account.AccountNumber},{account.CardReference},{p.Amount.Pounds:0.00},{Field(p.Reference)},{start},{end}\r\n");
        }

        foreach (var method in payments.GroupBy(p => p.PayeeAccountType).OrderBy(g => g.Key))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Method(method.Key)} TOTAL,{method.Count()} payments,,,,{method.Select(p => p.Amount).Sum().Pounds:0.00},,{start},{end}\r\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"CONTROL TOTAL,{payments.Count} payments,,,,{payments.Select(p => p.Amount).Sum().Pounds:0.00},,{start},{end}\r\n");
        return csv.ToString();
    }

    private static string Method(AccountType type) => type == AccountType.BankAccount ? Bacs : CardLoad;

    /// <summary>Quotes a field that needs it, and stops a spreadsheet reading a name as a formula.</summary>
    internal static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
