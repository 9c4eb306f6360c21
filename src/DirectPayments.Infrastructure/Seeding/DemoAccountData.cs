using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>One line of a demo card statement, with the running balance the card provider reports after it.</summary>
public sealed record DemoCardLine(
    DateOnly Date, Money Amount, TransactionKind Kind, string Description, string? Merchant, int? Mcc, SpendCategory? Category, SpendConcern Flag)
{
    public Money RunningBalance { get; init; }
}

/// <summary>
/// The demo's prepaid cards as the card provider would report them. Alex: the council's loads up to the last period,
/// weekly contributions with one missed (so there are arrears to see), personal assistant wages, a leisure membership
/// and one cash withdrawal for a reviewer to query. Olive: a day service closed for the summer. The period with today
/// in it is left unpaid for the demo's payment run, and the provider's last statement ends the day before it began,
/// so the provider's running balance agrees with the ledger, and is never below £0, whatever today is.
/// </summary>
public sealed class DemoAccountData(DirectPaymentsDbContext db, PaymentCalendar calendar, CouncilClock clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var statementEnd = calendar.PeriodContaining(clock.Today).Previous.End;
        if (await AgreementOfAsync("Alex Citizen", cancellationToken) is not { } alex
            || await db.Set<AccountTransaction>().AnyAsync(t => t.DirectPaymentId == alex.Id, cancellationToken))
        {
            return;
        }

        // The demo's card lines come from one import, as an imported file's do, so that each says where it came from.
        var import = new StatementImport($"demo-card-statements-{statementEnd:yyyy-MM-dd}.csv", DemoImportedBy, clock.UtcNow);
        var lines = Write(alex, "DEMO-", AlexCard(alex, calendar, statementEnd), import);
        if (await AgreementOfAsync("Olive Review", cancellationToken) is { } olive)
        {
            lines.AddRange(Write(olive, "DEMO-O", OliveCard(olive, calendar, statementEnd), import));
        }

        import.Totals(lines.Count, lines.Where(l => l.Amount > Money.Zero).Select(l => l.Amount).Sum(), -lines.Where(l => l.Amount < Money.Zero).Select(l => l.Amount).Sum());
        await db.InTransactionAsync(async c =>
        {
            db.Add(import);
            await db.SaveChangesAsync(c);

            // As an import writes them: in a set, with the accounts' totals (docs/adr/0048).
            await db.InsertAsync(lines, c);
            return lines.Count;
        }, cancellationToken);
    }

    /// <summary>
    /// Alex's card up to the statement's end, oldest first, with running balances. His assistant works a little under
    /// the plan's hours (£44 of £48 a week), so that the card stays in credit wherever his start falls in a period.
    /// </summary>
    public static IReadOnlyList<DemoCardLine> AlexCard(DirectPaymentAgreement agreement, PaymentCalendar calendar, DateOnly statementEnd)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var start = agreement.StartDate;
        var lines = CouncilLoads(agreement, calendar, statementEnd);
        for (var week = 1; start.AddDays(7 * week) <= statementEnd; week++)
        {
            var day = start.AddDays(7 * week);
            if (week != 5)
            {
                lines.Add(new(day, agreement.WeeklyContribution, TransactionKind.Contribution, "CONTRIBUTION FROM ALEX CITIZEN", null, null, null, SpendConcern.None));
            }

            if (week != 3)
            {
                lines.Add(new(day.AddDays(1), -Money.FromPounds(44.00m), TransactionKind.Spend, "Faster payment", "J SMITH PA WAGES", null, SpendCategory.PersonalAssistantWages, SpendConcern.None));
            }
        }

        lines.Add(new(start.AddDays(20), -Money.FromPounds(52.00m), TransactionKind.Spend, "Monthly membership", "Anytown Leisure Centre", 7997, SpendCategory.Membership, SpendConcern.None));
        lines.Add(new(start.AddDays(50), -Money.FromPounds(52.00m), TransactionKind.Spend, "Monthly membership", "Anytown Leisure Centre", 7997, SpendCategory.Membership, SpendConcern.None));
        lines.Add(new(start.AddDays(33), -Money.FromPounds(20.00m), TransactionKind.Spend, "Cash withdrawal", "LINK ATM HIGH STREET", 6011, null, SpendConcern.CashWithdrawal));
        return WithBalances(lines, statementEnd);
    }

    /// <summary>
    /// Olive's card: her day service closed for the summer, so money built up, a surplus for her first review to find.
    /// She missed three contributions, and the card shows a cash withdrawal, a shop no rule knows, and a taxi fare above
    /// the council's receipt threshold that she has sent no receipt for.
    /// </summary>
    public static IReadOnlyList<DemoCardLine> OliveCard(DirectPaymentAgreement agreement, PaymentCalendar calendar, DateOnly statementEnd)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var start = agreement.StartDate;
        var lines = CouncilLoads(agreement, calendar, statementEnd);
        for (var week = 1; start.AddDays(7 * week) <= statementEnd; week++)
        {
            var day = start.AddDays(7 * week);
            if (week is not (4 or 9 or 15) && agreement.WeeklyContribution > Money.Zero)
            {
                lines.Add(new(day, agreement.WeeklyContribution, TransactionKind.Contribution, "CONTRIBUTION FROM OLIVE REVIEW", null, null, null, SpendConcern.None));
            }

            if (week is < 6 or > 15)
            {
                lines.Add(new(day.AddDays(2), -Money.FromPounds(96m), TransactionKind.Spend, "Card payment", "Oak Day Centre", 8398, SpendCategory.DayActivities, SpendConcern.None));
            }
        }

        lines.Add(new(start.AddDays(60), -Money.FromPounds(40m), TransactionKind.Spend, "Cash withdrawal", "LINK ATM STATION ROAD", 6011, null, SpendConcern.CashWithdrawal));
        lines.Add(new(start.AddDays(95), -Money.FromPounds(25m), TransactionKind.Spend, "Card payment", "QWERTY TRADING", 5999, null, SpendConcern.UnknownMerchant));
        lines.Add(new(start.AddDays(120), -Money.FromPounds(140m), TransactionKind.Spend, "Card payment", "ANYTOWN TAXIS", 4121, SpendCategory.Transport, SpendConcern.None));
        return WithBalances(lines, statementEnd);
    }

    // The council's loads on the council's calendar, worked out as the payment runs work them out: from the start to
    // the end of its period, then whole periods, in advance, up to the statement's end.
    private static List<DemoCardLine> CouncilLoads(DirectPaymentAgreement agreement, PaymentCalendar calendar, DateOnly statementEnd)
    {
        var lines = new List<DemoCardLine>();
        for (var period = calendar.PeriodContaining(agreement.StartDate); period.Start <= statementEnd; period = period.Next)
        {
            if (agreement.Timeline.DueFor(period, RoundingRule.AdultsFavour) is { From: { } from } paid)
            {
                lines.Add(new(from, paid.Total, TransactionKind.CouncilPayment, "COUNCIL LOAD DIRECT PAYMENT", null, null, null, SpendConcern.None));
            }
        }

        return lines;
    }

    // Oldest first (money in before money out on the same day, as a provider posts it), each with its running balance.
    private static List<DemoCardLine> WithBalances(List<DemoCardLine> lines, DateOnly statementEnd)
    {
        var balance = Money.Zero;
        var result = new List<DemoCardLine>();
        foreach (var line in lines.Where(l => l.Date <= statementEnd).OrderBy(l => l.Date).ThenByDescending(l => l.Amount))
        {
            balance += line.Amount;
            result.Add(line with { RunningBalance = balance });
        }

        return result;
    }

    private async Task<DirectPaymentAgreement?> AgreementOfAsync(string name, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().SingleOrDefaultAsync(c => c.SubjectName == name, cancellationToken);
        return careCase is null ? null : await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == careCase.Id, cancellationToken);
    }

    /// <summary>Who the demo's statement import names: the demo data, not a person.</summary>
    public const string DemoImportedBy = "the demo data";

    private static List<AccountTransaction> Write(DirectPaymentAgreement agreement, string idPrefix, IReadOnlyList<DemoCardLine> lines, StatementImport import)
    {
        var number = 0;
        var written = new List<AccountTransaction>();
        foreach (var line in lines)
        {
            var transaction = new AccountTransaction(agreement.Id, agreement.CaseId, $"{idPrefix}{++number:0000}", line.Date, line.Amount, line.Kind, TransactionSource.StatementImport,
                line.Description, line.Merchant, line.Mcc, line.RunningBalance, line.Category, line.Flag).ImportedIn(import);
            written.Add(transaction);
        }

        return written;
    }
}
