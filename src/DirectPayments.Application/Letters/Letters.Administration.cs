using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Letters;

public static partial class Letters
{
    /// <summary>Each April: the person's contribution worked out again with the new year's rates, with the working.</summary>
    public static Letter ContributionUprated(FinancialYear year, Money oldContribution, Money newContribution, Money newNetPayment, IReadOnlyList<string> working)
    {
        var change = newContribution - oldContribution;
        var what = change == Money.Zero
            ? $"Your weekly contribution stays at {newContribution}."
            : change > Money.Zero
                ? $"Your weekly contribution goes up from {oldContribution} to {newContribution}."
                : $"Your weekly contribution goes down from {oldContribution} to {newContribution}.";
        return new(
            NoticeKind.ContributionChanged,
            $"Your contribution from {year.Start:d MMMM yyyy}",
            $"Benefits and the amounts we must leave you to live on change every April, so we have worked out your contribution again "
            + $"with the rates for {year}. {what} From {year.Start:d MMMM yyyy} your weekly direct payment from us will be {newNetPayment}. "
            + "The working below shows how we worked it out. If your circumstances have changed, tell your case manager and we will "
            + "do a new financial assessment.",
            working);
    }
}
