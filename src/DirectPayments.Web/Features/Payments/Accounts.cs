using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Payments;

public sealed record CategoryTotal(SpendCategory? Category, Money Spent);

/// <summary>A direct payment account on one day: where the money came from, where it went, and what is owed.</summary>
public sealed record AccountSummary(
    DirectPaymentAgreement Agreement,
    DateOnly AsAt,
    Money PaymentsIn,
    Money ContributionsIn,
    Money RefundsIn,
    Money SpendOut,
    Money RecoveriesOut,
    IReadOnlyList<CategoryTotal> SpendByCategory,
    ArrearsResult? Arrears,
    PaymentPeriod NextPeriod,
    Money NextPayment,
    int FlaggedLines,
    ProviderStatement? Statement)
{
    /// <summary>Payments in + contributions in + refunds − spend − recoveries: the ledger's own balance.</summary>
    public Money Balance => PaymentsIn + ContributionsIn + RefundsIn - SpendOut - RecoveriesOut;

    /// <summary>The card provider's balance at the end of its last statement, if it has sent one.</summary>
    public Money? ProviderBalance => Statement?.Balance;

    /// <summary>
    /// Whether the provider's running balance agrees with the ledger on the day of its last statement line (null when
    /// there is none). A council payment made since then is not on the provider's statement yet, and is no mismatch.
    /// </summary>
    public bool? Reconciles => Statement is { } statement ? statement.Balance == statement.LedgerBalance : null;
}

/// <summary>The card provider's last statement line: its date and running balance, and the ledger's balance that day.</summary>
public sealed record ProviderStatement(DateOnly To, Money Balance, Money LedgerBalance);

/// <summary>
/// Reads a direct payment's account: totals summed by the database over whole pence (so five years of lines cost one
/// query each), the spending by category, contribution arrears, the next payment, and statements by month.
/// </summary>
public sealed class DirectPaymentAccounts(DirectPaymentsDbContext db, PaymentCalendar calendar)
{
    public async Task<DirectPaymentAgreement?> AgreementForCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderBy(d => d.Status == DirectPaymentStatus.Ended).ThenByDescending(d => d.StartDate).FirstOrDefaultAsync(cancellationToken);

    public async Task<AccountSummary> SummaryAsync(DirectPaymentAgreement agreement, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var id = agreement.Id;
        var byKind = await db.Database
            .SqlQuery<KindTotal>($"SELECT Kind, SUM(Amount) AS Total FROM AccountTransactions WHERE DirectPaymentId = {id} AND Date <= {asAt} GROUP BY Kind")
            .ToListAsync(cancellationToken);
        var byCategory = await db.Database
            .SqlQuery<CategoryRow>($"SELECT Category, SUM(Amount) AS Total FROM AccountTransactions WHERE DirectPaymentId = {id} AND Kind = 'Spend' AND Date <= {asAt} GROUP BY Category")
            .ToListAsync(cancellationToken);
        var flagged = (await FlaggedAsync(t => t.DirectPaymentId == id && t.Date <= asAt, cancellationToken)).Count;
        var provided = db.Set<AccountTransaction>().Where(t => t.DirectPaymentId == id && t.Date <= asAt && t.RunningBalance != null);
        var lastDay = await provided.OrderByDescending(t => t.Date).Select(t => (DateOnly?)t.Date).FirstOrDefaultAsync(cancellationToken);
        ProviderStatement? statement = null;
        if (lastDay is { } day)
        {
            var closing = await provided.Where(t => t.Date == day).Select(t => new { t.Amount, RunningBalance = t.RunningBalance!.Value }).ToListAsync(cancellationToken);
            var ledger = await db.Database
                .SqlQuery<long>($"SELECT COALESCE(SUM(Amount), 0) AS Value FROM AccountTransactions WHERE DirectPaymentId = {id} AND Date <= {day}")
                .SingleAsync(cancellationToken);
            statement = new ProviderStatement(day, ProviderBalance.AtEndOfDay([.. closing.Select(c => (c.Amount, c.RunningBalance))])!.Value, Money.FromPence(ledger));
        }

        Money Total(TransactionKind kind) => Money.FromPence(byKind.Where(k => k.Kind == kind.ToString()).Sum(k => k.Total));
        var contributions = Total(TransactionKind.Contribution);

        // Contributions reach the ledger with the provider's statement: what was due is counted to the statement's last
        // day, so a contribution paid since then is not called missing before the provider has reported it.
        var arrearsTo = Min(Min(asAt, agreement.EndDate ?? asAt), statement?.To ?? asAt);
        var arrears = agreement.Basis == DirectPaymentBasis.Net && agreement.WeeklyContribution > Money.Zero
            ? ContributionArrears.Calculate(agreement.WeeklyContribution, agreement.StartDate, arrearsTo, contributions)
            : null;
        // The same next payment the person's case page shows: the run on the first day of the next period it covers.
        var nextOn = agreement.NextPaymentOn(asAt, calendar);
        var next = nextOn is { } runDay ? new PaymentPeriod(runDay) : calendar.PeriodContaining(asAt).Next;
        var nextPayment = nextOn is not null
            ? PaymentCalculator.ForPeriod(agreement.WeeklyPayment, agreement.StartDate, agreement.EndDate, next, false, RoundingRule.AdultsFavour)?.Paid ?? Money.Zero
            : Money.Zero;
        return new AccountSummary(
            agreement,
            asAt,
            Total(TransactionKind.CouncilPayment),
            contributions,
            Total(TransactionKind.Refund),
            -Total(TransactionKind.Spend),
            -Total(TransactionKind.Recovery),
            [.. byCategory.Select(c => new CategoryTotal(c.Category is null ? null : Enum.Parse<SpendCategory>(c.Category), -Money.FromPence(c.Total)))
                .OrderByDescending(c => c.Spent)],
            arrears,
            next,
            nextPayment,
            flagged,
            statement);
    }

    /// <summary>Spending between two dates by category, as positive amounts, summed by the database.</summary>
    public async Task<IReadOnlyList<CategoryTotal>> SpendBetweenAsync(Guid agreementId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database
            .SqlQuery<CategoryRow>($"SELECT Category, SUM(Amount) AS Total FROM AccountTransactions WHERE DirectPaymentId = {agreementId} AND Kind = 'Spend' AND Date >= {from} AND Date <= {to} GROUP BY Category")
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new CategoryTotal(c.Category is null ? null : Enum.Parse<SpendCategory>(c.Category), -Money.FromPence(c.Total)))];
    }

    /// <summary>Flagged spending between two dates, newest first, with every reason it was flagged.</summary>
    public Task<IReadOnlyList<FlaggedSpend>> FlaggedBetweenAsync(Guid agreementId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        FlaggedAsync(t => t.DirectPaymentId == agreementId && t.Date >= from && t.Date <= to, cancellationToken);

    /// <summary>
    /// Flagged spending among the lines <paramref name="where"/> chooses: flagged by the category rules when imported,
    /// or by the size checks of the year it was spent in, against the receipts sent so far. The database returns only
    /// lines a check could flag (a category flag, or more than the smallest threshold of any year).
    /// </summary>
    public async Task<IReadOnlyList<FlaggedSpend>> FlaggedAsync(Expression<Func<AccountTransaction, bool>> where, CancellationToken cancellationToken = default)
    {
        var years = await db.Set<ChargingYear>().AsNoTracking()
            .Select(y => new { y.StartYear, y.LargeSpendAbove, y.ReceiptRequiredAbove }).ToListAsync(cancellationToken);
        var policies = years.ToDictionary(y => y.StartYear, y => new SpendCheckPolicy(y.LargeSpendAbove, y.ReceiptRequiredAbove));
        var smallest = policies.Values.Select(p => p.SmallestChecked).Where(m => m is not null).Min();
        var spend = db.Set<AccountTransaction>().AsNoTracking().Where(where).Where(t => t.Kind == TransactionKind.Spend);
        if (smallest is { } checkedFrom)
        {
            var outAbove = -checkedFrom;
            spend = spend.Where(t => t.Flag != SpendConcern.None || t.Amount < outAbove);
        }
        else
        {
            spend = spend.Where(t => t.Flag != SpendConcern.None);
        }

        var lines = await spend.ToListAsync(cancellationToken);
        var receipted = (await db.Set<EvidenceFile>().AsNoTracking()
                .Where(f => f.TransactionId != null && spend.Select(t => (Guid?)t.Id).Contains(f.TransactionId))
                .Select(f => f.TransactionId!.Value).ToListAsync(cancellationToken))
            .ToHashSet();
        return SpendChecks.Flag(lines, receipted, year => policies.GetValueOrDefault(year.StartYear, SpendCheckPolicy.None));
    }

    /// <summary>One calendar month's lines, oldest first, with the balance brought forward.</summary>
    public async Task<(Money BroughtForward, IReadOnlyList<AccountTransaction> Lines)> MonthAsync(Guid agreementId, int year, int month, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, month, 1);
        var next = first.AddMonths(1);
        var before = await db.Database
            .SqlQuery<long>($"SELECT COALESCE(SUM(Amount), 0) AS Value FROM AccountTransactions WHERE DirectPaymentId = {agreementId} AND Date < {first}")
            .SingleAsync(cancellationToken);
        var lines = await db.Set<AccountTransaction>().AsNoTracking()
            .Where(t => t.DirectPaymentId == agreementId && t.Date >= first && t.Date < next)
            .OrderBy(t => t.Date).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return (Money.FromPence(before), lines);
    }

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
                $"{line.Date:yyyy-MM-dd},{AccountWords.Kind(line.Kind)},{PaymentRuns.Field(line.Merchant ?? line.Description)},{(line.Category is { } c ? AccountWords.Category(c) : string.Empty)},{amountIn},{amountOut},{balance.Pounds:0.00}\r\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"{new DateOnly(year, month, 1).AddMonths(1).AddDays(-1):yyyy-MM-dd},Carried forward,,,,,{balance.Pounds:0.00}\r\n");
        return csv.ToString();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private sealed record KindTotal(string Kind, long Total);

    private sealed record CategoryRow(string? Category, long Total);
}

public static class AccountWords
{
    public static string Kind(TransactionKind kind) => kind switch
    {
        TransactionKind.CouncilPayment => "Council payment",
        TransactionKind.Contribution => "Your contribution",
        TransactionKind.Spend => "Spending",
        TransactionKind.Refund => "Refund",
        TransactionKind.Recovery => "Taken back by the council",
        _ => kind.ToString(),
    };

    public static string Category(SpendCategory category) => category switch
    {
        SpendCategory.PersonalAssistantWages => "Personal assistant wages",
        SpendCategory.HmrcPayments => "Tax and National Insurance (HMRC)",
        SpendCategory.AgencyCare => "Care from an agency",
        SpendCategory.DayActivities => "Day activities",
        SpendCategory.RespiteOrShortBreaks => "Respite and short breaks",
        SpendCategory.Equipment => "Equipment",
        SpendCategory.Transport => "Transport",
        SpendCategory.Membership => "Memberships",
        SpendCategory.Fees => "Fees and insurance",
        _ => "Other",
    };

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

    public static string Concern(SpendConcern concern) => concern switch
    {
        SpendConcern.CashWithdrawal => "Cash withdrawal",
        SpendConcern.Gambling => "Gambling",
        SpendConcern.Alcohol => "Alcohol",
        SpendConcern.HouseholdBills => "Household bills",
        SpendConcern.UnknownMerchant => "Unknown shop or business",
        _ => string.Empty,
    };
}
