using System.Globalization;
using System.Text;
using DirectPayments.Application.Citizen.Accounts;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Paper;
using DirectPayments.Web.Components;
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

    /// <summary>
    /// The month's statement on paper: the council and the person at the top, the account, each line with the balance
    /// after it between the balance brought forward and carried forward, and the month's money in and out.
    /// </summary>
    public static PaperDocument OnPaper(AccountPage page, CouncilDetails council, DateOnly today, PrintSize size)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(council);
        var lastDay = page.Month.AddMonths(1).AddDays(-1);
        var rows = new List<IReadOnlyList<string>> { new[] { page.Month.ToString("d MMMM", Uk), "Brought forward", string.Empty, string.Empty, page.BroughtForward.ToString() } };
        var balance = page.BroughtForward;
        foreach (var line in page.Lines)
        {
            balance += line.Amount;
            var what = AccountWords.PaidFor(line) is { } paidFor ? $"{AccountWords.Kind(line.Kind)}\n{paidFor}" : line.Merchant ?? AccountWords.Kind(line.Kind);
            var description = line.Category is { } category ? $"{what} ({AccountWords.Category(category)})" : what;
            rows.Add([
                line.Date.ToString("d MMMM", Uk),
                description,
                line.Amount > Money.Zero ? line.Amount.ToString() : string.Empty,
                line.Amount < Money.Zero ? (-line.Amount).ToString() : string.Empty,
                balance.ToString()]);
        }

        rows.Add([lastDay.ToString("d MMMM", Uk), "Carried forward", string.Empty, string.Empty, balance.ToString()]);
        var moneyIn = page.Lines.Where(l => l.Amount > Money.Zero).Aggregate(Money.Zero, (total, l) => total + l.Amount);
        var moneyOut = page.Lines.Where(l => l.Amount < Money.Zero).Aggregate(Money.Zero, (total, l) => total - l.Amount);
        var title = $"Direct payment account statement for {page.Month.ToString("MMMM yyyy", Uk)}";
        PaperBlock[] blocks =
        [
            new PaperParagraph($"Account ending {page.Summary.Agreement.MaskedAccount[^4..]}, from {page.Month.ToGovUkDate()} to {lastDay.ToGovUkDate()}."),
            new PaperParagraph($"Money in: {moneyIn}. Money out: {moneyOut}. Balance on {lastDay.ToGovUkDate()}: {balance}."),
            new PaperTable(
                [new PaperColumn("Date", 2), new PaperColumn("Description", 4), new PaperColumn("Money in", 2, Money: true), new PaperColumn("Money out", 2, Money: true), new PaperColumn("Balance", 2.2, Money: true)],
                rows),
            new PaperParagraph(council.QuestionsAbout("this statement", page.Case.Reference)),
        ];
        return new PaperDocument(PaperHeadings.For(council, page.Case, today), title, blocks, size);
    }

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    // Quotes a field that needs it, and stops a spreadsheet reading a shop's name as a formula.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}

/// <summary>Prints a month's statement, recording on the case who took a copy.</summary>
public sealed class StatementsOnPaper(RecordDownload record, IPaperPrinter printer, CouncilDetails council, CouncilClock clock)
{
    public async Task<PrintedDocument?> PrintAsync(AccountPage page, PrintSize? size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var chosen = PaperHeadings.SizeFor(page.Case, size);
        var month = page.Month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        return await record.RunAsync(page.Case.Id, $"the statement for {month} {PaperHeadings.InWords(chosen)}", cancellationToken)
            ? new PrintedDocument($"statement-{page.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.pdf", printer.Print(Statement.OnPaper(page, council, clock.Today, chosen)))
            : null;
    }
}
