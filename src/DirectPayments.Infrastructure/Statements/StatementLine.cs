using System.Globalization;
using DirectPayments.Application.Payments.Statements;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;

namespace DirectPayments.Infrastructure.Statements;

/// <summary>One line of a card provider's statement file, checked.</summary>
public sealed record StatementLine(
    string Account, string TransactionId, DateOnly Date, Money Amount, string? Merchant, int? MerchantCategoryCode, string Description, Money? RunningBalance);

/// <summary>
/// Reads the card provider's CSV: account, transaction id, date (yyyy-MM-dd), amount (money in positive, out negative,
/// pounds with at most 2 decimal places), merchant name, merchant category code, description, running balance.
/// A bad line is reported with its number and the rest are read.
/// </summary>
public static class StatementFormat
{
    public const string Header = StatementFile.Header;

    private const int Columns = 8;

    public static bool IsHeader(string line) =>
        string.Equals(line.Trim().TrimStart('\uFEFF'), Header, StringComparison.OrdinalIgnoreCase);

    public static (StatementLine? Line, string? Problem) Parse(string text, DateOnly today)
    {
        var fields = Split(text);
        if (fields is null)
        {
            return (null, "a quoted field is not closed");
        }

        if (fields.Count != Columns)
        {
            return (null, $"it has {fields.Count} fields, not {Columns}");
        }

        var account = new string([.. fields[0].Where(char.IsAsciiDigit)]);
        if (account.Length < 8)
        {
            return (null, "the account number is missing or too short");
        }

        var id = fields[1].Trim();
        if (id.Length is 0 or > 64)
        {
            return (null, "the transaction id is missing or longer than 64 characters");
        }

        if (!DateOnly.TryParseExact(fields[2].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"the date '{fields[2]}' is not a real date written as yyyy-mm-dd");
        }

        if (date > today)
        {
            return (null, $"the date {date:yyyy-MM-dd} is in the future");
        }

        if (ParseMoney(fields[3]) is not { } amount || amount == Money.Zero)
        {
            return (null, $"the amount '{fields[3]}' is not an amount of money other than 0, with at most 2 decimal places");
        }

        int? mcc = null;
        if (fields[5].Trim() is { Length: > 0 } code)
        {
            if (code.Length != 4 || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return (null, $"the merchant category code '{code}' is not 4 digits");
            }

            mcc = parsed;
        }

        Money? balance = null;
        if (fields[7].Trim().Length > 0)
        {
            if (ParseMoney(fields[7]) is not { } b)
            {
                return (null, $"the balance '{fields[7]}' is not an amount of money with at most 2 decimal places");
            }

            balance = b;
        }

        var merchant = fields[4].Trim();
        return (new StatementLine(account, id, date, amount, merchant.Length == 0 ? null : Cut(merchant, 100), mcc, Cut(fields[6].Trim(), 200), balance), null);
    }

    /// <summary>What a line is, from its sign and words the provider uses; spending is then read against the council's rules.</summary>
    public static TransactionKind KindOf(StatementLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = line.Description;
        if (line.Amount > Money.Zero)
        {
            return words.Contains("COUNCIL", StringComparison.OrdinalIgnoreCase) ? TransactionKind.CouncilPayment
                : words.Contains("CONTRIBUTION", StringComparison.OrdinalIgnoreCase) ? TransactionKind.Contribution
                : TransactionKind.Refund;
        }

        return words.Contains("RECOVERY", StringComparison.OrdinalIgnoreCase) ? TransactionKind.Recovery : TransactionKind.Spend;
    }

    private static Money? ParseMoney(string text)
    {
        var trimmed = text.Trim();
        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds)
            && decimal.Round(pounds, 2) == pounds
            && Math.Abs(pounds) < 10_000_000m
            ? Money.FromPounds(pounds)
            : null;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    // RFC 4180: fields may be quoted, with "" for a quote inside.
    private static List<string>? Split(string line)
    {
        var fields = new List<string>(Columns);
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var value = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return null;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    value.Append(line[i++]);
                }

                fields.Add(value.ToString());
                if (i < line.Length && line[i] != ',')
                {
                    return null;
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end]);
                i = end;
            }

            if (i >= line.Length)
            {
                return fields;
            }

            i++;
        }
    }
}
