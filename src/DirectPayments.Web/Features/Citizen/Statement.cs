using System.Globalization;
using System.Text;
using DirectPayments.Application.Citizen.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Words;

namespace DirectPayments.Web.Features.Citizen;

/// <summary>A month of the person's direct payment account as they download it.</summary>
public static class Statement
{
    /// <summary>The month's statement as CSV, with the balance brought forward and carried forward.</summary>
    public static string Csv(AccountPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (year, month) = (page.Month.Year, page.Month.Month);
        var csv = new StringBuilder();
        csv.Append(CultureInfo.InvariantCulture, $"Statement,{page.Summary.Agreement.MaskedAccount},{year:0000}-{month:00}\r\n");
        csv.Append("Date,Type,Description,Category,Money in,Money out,Balance\r\n");
        csv.Append(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-01,Brought forward,,,,,{page.BroughtForward.Pounds:0.00}\r\n");
        var balance = page.BroughtForward;
        foreach (var line in page.Lines)
        {
            balance += line.Amount;
            var amountIn = line.Amount > Money.Zero ? line.Amount.Pounds.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
            var amountOut = line.Amount < Money.Zero ? (-line.Amount).Pounds.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
            csv.Append(CultureInfo.InvariantCulture,
                $"{line.Date:yyyy-MM-dd},{AccountWords.Kind(line.Kind)},{Field(line.Merchant ?? line.Description)},{(line.Category is { } c ? AccountWords.Category(c) : string.Empty)},{amountIn},{amountOut},{balance.Pounds:0.00}\r\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"{page.Month.AddMonths(1).AddDays(-1):yyyy-MM-dd},Carried forward,,,,,{balance.Pounds:0.00}\r\n");
        return csv.ToString();
    }

    // Quotes a field that needs it, and stops a spreadsheet reading a shop's name as a formula.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
