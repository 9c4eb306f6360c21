using System.Globalization;
using System.Text;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Web.Features.Payments;

/// <summary>The payment file for the council's finance system: one line a payment, then the control total.</summary>
public static class PaymentFile
{
    public static string Csv(PaymentRun run, IReadOnlyList<Payment> payments)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(payments);
        var csv = new StringBuilder();
        csv.Append("Payee,Account,Amount,Period start,Period end,Reference\r\n");
        foreach (var p in payments)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Field(p.PayeeName)},{Field(p.MaskedAccount)},{p.Amount.Pounds:0.00},{run.Period.Start:yyyy-MM-dd},{run.Period.End:yyyy-MM-dd},{Field(p.Reference)}\r\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"CONTROL TOTAL,{payments.Count} payments,{payments.Select(p => p.Amount).Sum().Pounds:0.00},{run.Period.Start:yyyy-MM-dd},{run.Period.End:yyyy-MM-dd},\r\n");
        return csv.ToString();
    }

    /// <summary>Quotes a field that needs it, and stops a spreadsheet reading a name as a formula.</summary>
    internal static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
