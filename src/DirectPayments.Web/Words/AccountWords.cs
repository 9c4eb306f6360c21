using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Components;

namespace DirectPayments.Web.Words;

public static class AccountWords
{
    public static string Kind(TransactionKind kind) => kind switch
    {
        TransactionKind.CouncilPayment => "Council payment",
        TransactionKind.Contribution => "Your contribution",
        TransactionKind.Spend => "Spending",
        TransactionKind.Refund => "Refund",
        TransactionKind.Recovery => "Taken back by the council",
        _ => DisplayNames.Of(kind),
    };

    public static string Category(SpendCategory category) => DisplayNames.Of(category);

    /// <summary>
    /// What a council payment's line says it pays, written by the run (<see cref="Application.Payments.Runs.CouncilPaymentWords"/>),
    /// for the statement: nothing for a line written before runs said their days ("Council payment" and its reference),
    /// or for one a card provider's statement brought in.
    /// </summary>
    public static string? PaidFor(AccountTransaction line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Kind == TransactionKind.CouncilPayment
            && line.Source == TransactionSource.PaymentRun
            && line.Description != $"Council payment {line.ProviderTransactionId}"
                ? line.Description
                : null;
    }

    /// <summary>
    /// Contribution arrears for staff: what is missing and how it was counted; none is due where the contribution is
    /// £0 (a child's services, or a person who pays nothing); and a gross payment's contribution is invoiced instead.
    /// </summary>
    public static string Arrears(AccountSummary account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Arrears is { } a
            ? (a.Arrears > Money.Zero ? $"{a.Arrears} ({a.PaidIn} paid of {a.Expected} due)" : "None")
            : account.Agreement.Basis == Domain.Charging.DirectPaymentBasis.Gross
                ? "Not applicable: the council invoices the contribution"
                : "None: no contribution is due";
    }

    /// <summary>
    /// One contribution invoice or credit note as the person and staff read it: what it is for, its reference, and what
    /// it puts right of earlier periods.
    /// </summary>
    public static string Invoice(ContributionInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.IsCreditNote)
        {
            return $"Credit note {invoice.Reference}: {-invoice.Amount} taken off, for weeks invoiced too much before";
        }

        var covers = invoice.CoversFrom is { } from && invoice.CoversTo is { } to ? $" for {from.ToGovUkDate()} to {to.ToGovUkDate()}" : string.Empty;
        return invoice.Adjusted == Money.Zero
            ? $"{invoice.Amount}{covers} (invoice {invoice.Reference})"
            : invoice.Adjusted > Money.Zero
                ? $"{invoice.Amount}: {invoice.Contribution}{covers}, and {invoice.Adjusted} for weeks invoiced too little before (invoice {invoice.Reference})"
                : $"{invoice.Amount}: {invoice.Contribution}{covers}, less {-invoice.Adjusted} invoiced too much before (invoice {invoice.Reference})";
    }

    /// <summary>For staff: what has been invoiced so far on a gross direct payment, and the latest invoice.</summary>
    public static string Invoiced(InvoicedContributions invoiced)
    {
        ArgumentNullException.ThrowIfNull(invoiced);
        return invoiced.Latest.Count == 0 ? "Nothing yet: the next payment run invoices it" : $"{invoiced.SoFar} so far. Latest: {Invoice(invoiced.Latest[0])}";
    }

    /// <summary>Why a payment was flagged, in the words a reviewer and the person read.</summary>
    public static IEnumerable<string> Reasons(FlaggedSpend flagged)
    {
        ArgumentNullException.ThrowIfNull(flagged);
        return flagged.Reasons.Select(r => r switch
        {
            FlagReason.Concern => Concern(flagged.Line.Flag),
            FlagReason.LargeSpend => "Large payment",
            _ => "No receipt",
        });
    }

    public static string Concern(SpendConcern concern) => concern == SpendConcern.None ? string.Empty : DisplayNames.Of(concern);

    /// <summary>Where a ledger line came from, for staff: "From statement import on 3 December 2026 by ... (file cards.csv)".</summary>
    public static string Origin(LedgerLineOrigin origin, CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return origin switch
        {
            { By: { } by, At: { } at, FileName: { } file } => $"From statement import on {at.ToGovUkDate(clock)} by {by} (file {file})",
            { By: { } by, At: { } at, Period: { } period } =>
                $"From the payment run for {period.Start.ToGovUkDate()} to {period.End.ToGovUkDate()}, committed on {at.ToGovUkDate(clock)} by {by}",
            { Source: TransactionSource.PaymentRun } => "From a payment run committed before the portal recorded which run wrote each line",
            _ => "From a statement import before the portal recorded which import wrote each line",
        };
    }
}
