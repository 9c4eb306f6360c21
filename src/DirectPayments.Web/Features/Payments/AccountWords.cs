using System.Globalization;
using System.Text;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Words;

namespace DirectPayments.Web.Features.Payments;

/// <summary>A month of a direct payment account as the person downloads it.</summary>
public static class Statements
{
    /// <summary>A month's statement as CSV, with the balance brought forward and carried forward.</summary>
    public static string StatementCsv(DirectPaymentAgreement agreement, int year, int month, Money broughtForward, IReadOnlyList<AccountTransaction> lines)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(lines);
        var csv = new StringBuilder();
        csv.Append(CultureInfo.InvariantCulture, $"Statement,{agreement.MaskedAccount},{year:0000}-{month:00}\r\n");
        csv.Append("Date,Type,Description,Category,Money in,Money out,Balance\r\n");
        csv.Append(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-01,Brought forward,,,,,{broughtForward.Pounds:0.00}\r\n");
        var balance = broughtForward;
        foreach (var line in lines)
        {
            balance += line.Amount;
            var amountIn = line.Amount > Money.Zero ? line.Amount.Pounds.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
            var amountOut = line.Amount < Money.Zero ? (-line.Amount).Pounds.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
            csv.Append(CultureInfo.InvariantCulture,
                $"{line.Date:yyyy-MM-dd},{AccountWords.Kind(line.Kind)},{PaymentFile.Field(line.Merchant ?? line.Description)},{(line.Category is { } c ? AccountWords.Category(c) : string.Empty)},{amountIn},{amountOut},{balance.Pounds:0.00}\r\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"{new DateOnly(year, month, 1).AddMonths(1).AddDays(-1):yyyy-MM-dd},Carried forward,,,,,{balance.Pounds:0.00}\r\n");
        return csv.ToString();
    }
}
