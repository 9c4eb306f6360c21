using System.Globalization;
using System.Text;
using DirectPayments.Application.Payments.Runs;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Web.Features.Payments;

/// <summary>
/// The contribution invoices file finance loads into the council's debtors system (docs/payment-file.md): one line an
/// invoice or credit note a run raised on a gross direct payment, by reference, with how it was worked out; then the
/// invoices' total, the credit notes' total and the net total. Amounts are signed: a credit note's are below 0.00.
/// </summary>
public static class ContributionInvoiceFile
{
    public const string Header = "Type,Reference,Case reference,Invoice to,From,To,Contribution,Adjusted,Amount,Description";

    public const string Invoice = "INVOICE";

    public const string CreditNote = "CREDIT NOTE";

    /// <summary>The file for <paramref name="lines"/>: a run's invoices and credit notes, those of £0.00 already left out.</summary>
    public static string Csv(IReadOnlyList<ContributionInvoiceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        foreach (var (invoice, caseReference) in lines)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{(invoice.IsCreditNote ? CreditNote : Invoice)},{PaymentFile.Field(invoice.Reference)},{PaymentFile.Field(caseReference)},{PaymentFile.Field(invoice.InvoiceTo)},"
                + $"{Date(invoice.CoversFrom)},{Date(invoice.CoversTo)},{invoice.Contribution.Pounds:0.00},{invoice.Adjusted.Pounds:0.00},{invoice.Amount.Pounds:0.00},{PaymentFile.Field(invoice.Working)}\r\n");
        }

        var all = lines.Select(l => l.Invoice).ToList();
        var invoices = all.Where(i => !i.IsCreditNote).ToList();
        var credits = all.Where(i => i.IsCreditNote).ToList();
        Total(csv, "INVOICES TOTAL", ContributionsInvoiced.Counted(invoices.Count, "invoice"), invoices);
        Total(csv, "CREDIT NOTES TOTAL", ContributionsInvoiced.Counted(credits.Count, "credit note"), credits);
        Total(csv, "NET TOTAL", all.Count == 1 ? "1 invoice or credit note" : $"{all.Count} invoices and credit notes", all);
        return csv.ToString();
    }

    private static void Total(StringBuilder csv, string type, string count, IReadOnlyList<ContributionInvoice> invoices) =>
        csv.Append(CultureInfo.InvariantCulture,
            $"{type},{count},,,,,{Sum(invoices, i => i.Contribution):0.00},{Sum(invoices, i => i.Adjusted):0.00},{Sum(invoices, i => i.Amount):0.00},\r\n");

    private static decimal Sum(IEnumerable<ContributionInvoice> invoices, Func<ContributionInvoice, Money> amount) => invoices.Select(amount).Sum().Pounds;

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
