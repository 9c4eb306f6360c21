using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using DemoLine = (System.DateOnly Date, DirectPayments.Domain.Common.Money Amount, DirectPayments.Domain.Accounts.TransactionKind Kind, string Description, string? Merchant, int? Mcc, DirectPayments.Domain.Accounts.SpendCategory? Category, DirectPayments.Domain.Accounts.SpendConcern Flag);

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>
/// Alex's prepaid card as the card provider would report it: the council's loads up to the last period, weekly
/// contributions with one missed (so there are arrears to see), personal assistant wages, a leisure membership and
/// one cash withdrawal for a reviewer to query. The current period is left unpaid for the demo's payment run.
/// </summary>
public sealed class DemoAccountData(DirectPaymentsDbContext db, PaymentCalendar calendar, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var alex = await db.Set<CareCase>().SingleOrDefaultAsync(c => c.SubjectName == "Alex Citizen", cancellationToken);
        if (alex is null)
        {
            return;
        }

        var agreement = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == alex.Id, cancellationToken);
        if (await db.Set<AccountTransaction>().AnyAsync(t => t.DirectPaymentId == agreement.Id, cancellationToken))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var start = agreement.StartDate;
        var lines = CouncilLoads(agreement, today);

        for (var week = 1; start.AddDays(7 * week) <= today; week++)
        {
            var day = start.AddDays(7 * week);
            if (week != 5)
            {
                lines.Add((day, agreement.WeeklyContribution, TransactionKind.Contribution, "CONTRIBUTION FROM ALEX CITIZEN", null, null, null, SpendConcern.None));
            }

            if (week != 3)
            {
                lines.Add((day.AddDays(1), -Money.FromPounds(48.00m), TransactionKind.Spend, "Faster payment", "J SMITH PA WAGES", null, SpendCategory.PersonalAssistantWages, SpendConcern.None));
            }
        }

        lines.Add((start.AddDays(10), -Money.FromPounds(52.00m), TransactionKind.Spend, "Monthly membership", "Anytown Leisure Centre", 7997, SpendCategory.Membership, SpendConcern.None));
        lines.Add((start.AddDays(40), -Money.FromPounds(52.00m), TransactionKind.Spend, "Monthly membership", "Anytown Leisure Centre", 7997, SpendCategory.Membership, SpendConcern.None));
        lines.Add((start.AddDays(33), -Money.FromPounds(20.00m), TransactionKind.Spend, "Cash withdrawal", "LINK ATM HIGH STREET", 6011, null, SpendConcern.CashWithdrawal));

        Write(agreement, "DEMO-", lines, today);

        await SeedOliveAsync(today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    // Olive's day service closed for the summer: money built up, a surplus for her first review to find. She missed
    // three contributions, and the card shows a cash withdrawal, a shop no rule knows, and a taxi fare above the
    // council's receipt threshold that she has sent no receipt for.
    private async Task SeedOliveAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var olive = await db.Set<CareCase>().SingleOrDefaultAsync(c => c.SubjectName == "Olive Review", cancellationToken);
        if (olive is null)
        {
            return;
        }

        var agreement = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == olive.Id, cancellationToken);
        var start = agreement.StartDate;
        var lines = CouncilLoads(agreement, today);

        for (var week = 1; start.AddDays(7 * week) <= today; week++)
        {
            var day = start.AddDays(7 * week);
            if (week is not (4 or 9 or 15) && agreement.WeeklyContribution > Money.Zero)
            {
                lines.Add((day, agreement.WeeklyContribution, TransactionKind.Contribution, "CONTRIBUTION FROM OLIVE REVIEW", null, null, null, SpendConcern.None));
            }

            if (week is < 6 or > 15)
            {
                lines.Add((day.AddDays(2), -Money.FromPounds(96m), TransactionKind.Spend, "Card payment", "Oak Day Centre", 8398, SpendCategory.DayActivities, SpendConcern.None));
            }
        }

        lines.Add((start.AddDays(60), -Money.FromPounds(40m), TransactionKind.Spend, "Cash withdrawal", "LINK ATM STATION ROAD", 6011, null, SpendConcern.CashWithdrawal));
        lines.Add((start.AddDays(95), -Money.FromPounds(25m), TransactionKind.Spend, "Card payment", "QWERTY TRADING", 5999, null, SpendConcern.UnknownMerchant));
        lines.Add((start.AddDays(120), -Money.FromPounds(140m), TransactionKind.Spend, "Card payment", "ANYTOWN TAXIS", 4121, SpendCategory.Transport, SpendConcern.None));
        Write(agreement, "DEMO-O", lines, today);
    }

    // The council's loads on the council's calendar, worked out as the payment runs work them out: from the start to
    // the end of its period, then whole periods, in advance. The period with today in it is left for the demo's run.
    private List<DemoLine> CouncilLoads(DirectPaymentAgreement agreement, DateOnly today)
    {
        var lines = new List<DemoLine>();
        var current = calendar.PeriodContaining(today);
        for (var period = calendar.PeriodContaining(agreement.StartDate); period.Start < current.Start; period = period.Next)
        {
            if (PaymentCalculator.ForPeriod(agreement.WeeklyPayment, agreement.StartDate, agreement.EndDate, period, firstPayment: false, RoundingRule.AdultsFavour) is { } paid)
            {
                lines.Add((paid.From, paid.Paid, TransactionKind.CouncilPayment, "COUNCIL LOAD DIRECT PAYMENT", null, null, null, SpendConcern.None));
            }
        }

        return lines;
    }

    // The card provider's lines up to today, oldest first, each with the running balance the provider reports.
    private void Write(DirectPaymentAgreement agreement, string idPrefix, List<DemoLine> lines, DateOnly today)
    {
        var balance = Money.Zero;
        var number = 0;
        foreach (var line in lines.Where(l => l.Date <= today).OrderBy(l => l.Date).ThenByDescending(l => l.Amount))
        {
            balance += line.Amount;
            db.Add(new AccountTransaction(agreement.Id, agreement.CaseId, $"{idPrefix}{++number:0000}", line.Date, line.Amount, line.Kind, TransactionSource.StatementImport,
                line.Description, line.Merchant, line.Mcc, balance, line.Category, line.Flag));
        }
    }
}
