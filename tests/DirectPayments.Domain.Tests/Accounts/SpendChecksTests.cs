using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Accounts;

public sealed class SpendChecksTests
{
    private static readonly SpendCheckPolicy Policy = new(Money.FromPounds(1000m), Money.FromPounds(100m));

    private static AccountTransaction Spend(decimal pounds, SpendConcern flag = SpendConcern.None, DateOnly? on = null) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.NewGuid().ToString("N"), on ?? new DateOnly(2026, 10, 1), Money.FromPounds(-pounds),
            TransactionKind.Spend, TransactionSource.StatementImport, "card payment", "Merchant", 5999, flag: flag);

    private static AccountTransaction CouncilPayment() =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), "run-1", new DateOnly(2025, 10, 1), Money.FromPounds(5000m),
            TransactionKind.CouncilPayment, TransactionSource.PaymentRun, "Council payment");

    [Theory]
    [InlineData(1000.01, SpendConcern.None, true)]
    [InlineData(100.01, SpendConcern.None, false)]
    [InlineData(250, SpendConcern.None, true)]
    [InlineData(12, SpendConcern.CashWithdrawal, true)]
    public void The_checks_read_the_same_from_the_amount_and_flag_alone_as_from_the_whole_line(double pounds, SpendConcern concern, bool hasReceipt)
    {
        var line = Spend((decimal)pounds, concern);

        Assert.Equal(SpendChecks.ReasonsFor(line, hasReceipt, Policy), SpendChecks.ReasonsFor(-line.Amount, concern, hasReceipt, Policy));
    }

    [Fact]
    public void A_payment_above_the_large_spend_threshold_is_flagged()
    {
        Assert.Contains(FlagReason.LargeSpend, SpendChecks.ReasonsFor(Spend(1000.01m), hasReceipt: true, Policy));
    }

    [Fact]
    public void A_payment_of_exactly_the_large_spend_threshold_is_not_flagged_for_size()
    {
        Assert.DoesNotContain(FlagReason.LargeSpend, SpendChecks.ReasonsFor(Spend(1000m), hasReceipt: true, Policy));
    }

    [Fact]
    public void Spending_above_the_receipt_threshold_without_a_receipt_is_flagged()
    {
        Assert.Equal([FlagReason.NoReceipt], SpendChecks.ReasonsFor(Spend(100.01m), hasReceipt: false, Policy));
    }

    [Fact]
    public void A_receipt_clears_the_receipt_flag()
    {
        Assert.Empty(SpendChecks.ReasonsFor(Spend(250m), hasReceipt: true, Policy));
    }

    [Fact]
    public void Spending_at_or_below_the_receipt_threshold_needs_no_receipt()
    {
        Assert.Empty(SpendChecks.ReasonsFor(Spend(100m), hasReceipt: false, Policy));
    }

    [Fact]
    public void A_category_flag_is_kept_whatever_the_amount()
    {
        Assert.Equal([FlagReason.Concern], SpendChecks.ReasonsFor(Spend(20m, SpendConcern.CashWithdrawal), hasReceipt: false, Policy));
    }

    [Fact]
    public void A_large_unreceipted_cash_withdrawal_has_every_reason()
    {
        Assert.Equal([FlagReason.Concern, FlagReason.LargeSpend, FlagReason.NoReceipt],
            SpendChecks.ReasonsFor(Spend(1500m, SpendConcern.CashWithdrawal), hasReceipt: false, Policy));
    }

    [Fact]
    public void A_council_that_makes_no_size_checks_flags_only_categories()
    {
        Assert.Empty(SpendChecks.ReasonsFor(Spend(5000m), hasReceipt: false, SpendCheckPolicy.None));
    }

    [Fact]
    public void Money_in_is_never_flagged()
    {
        Assert.Empty(SpendChecks.ReasonsFor(CouncilPayment(), hasReceipt: false, Policy));
    }

    [Fact]
    public void Each_payment_is_checked_against_the_policy_of_the_year_it_was_spent_in()
    {
        var march = Spend(500m, on: new DateOnly(2026, 3, 31));
        var april = Spend(500m, on: new DateOnly(2026, 4, 1));
        SpendCheckPolicy PolicyFor(FinancialYear year) =>
            year.StartYear == 2025 ? new SpendCheckPolicy(Money.FromPounds(400m), null) : new SpendCheckPolicy(Money.FromPounds(600m), null);

        var flagged = SpendChecks.Flag([march, april], new HashSet<Guid>(), PolicyFor);

        Assert.Equal(march.Id, Assert.Single(flagged).Line.Id);
    }

    [Fact]
    public void Flagged_spending_is_listed_newest_first()
    {
        var older = Spend(50m, SpendConcern.Gambling, new DateOnly(2026, 9, 1));
        var newer = Spend(50m, SpendConcern.Alcohol, new DateOnly(2026, 10, 1));

        var flagged = SpendChecks.Flag([older, newer], new HashSet<Guid>(), _ => Policy);

        Assert.Equal([newer.Id, older.Id], flagged.Select(f => f.Line.Id));
    }

    // 2024-25 looks only at large payments, 2025-26 at both sizes, 2023-24 at neither.
    private static readonly Dictionary<FinancialYear, SpendCheckPolicy> Years = new()
    {
        [new FinancialYear(2024)] = new(Money.FromPounds(400m), null),
        [new FinancialYear(2025)] = Policy,
        [new FinancialYear(2023)] = SpendCheckPolicy.None,
    };

    public static TheoryData<decimal, SpendConcern, bool, DateOnly> Lines()
    {
        var data = new TheoryData<decimal, SpendConcern, bool, DateOnly>();
        foreach (var pounds in new[] { 20m, 100m, 100.01m, 400m, 400.01m, 999.99m, 1000m, 1000.01m, 5000m })
        {
            foreach (var concern in new[] { SpendConcern.None, SpendConcern.CashWithdrawal })
            {
                foreach (var receipt in new[] { false, true })
                {
                    foreach (var day in new[] { new DateOnly(2023, 6, 1), new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1) })
                    {
                        data.Add(pounds, concern, receipt, day);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_condition_for_the_database_flags_a_line_exactly_when_the_checks_do(decimal pounds, SpendConcern concern, bool receiptSent, DateOnly day)
    {
        var line = Spend(pounds, concern, day);
        if (receiptSent)
        {
            line.RecordReceiptSent();
        }

        var reasons = SpendChecks.ReasonsFor(line, receiptSent, Years.GetValueOrDefault(FinancialYear.Containing(day), SpendCheckPolicy.None));

        Assert.Equal(reasons.Count > 0, SpendChecks.Flagged(Years).Compile()(line));
    }

    [Fact]
    public void The_condition_for_the_database_never_flags_money_in()
    {
        Assert.False(SpendChecks.Flagged(Years).Compile()(CouncilPayment()));
    }

    [Fact]
    public void A_receipt_is_recorded_on_the_spending_it_was_sent_for()
    {
        var line = Spend(250m);

        line.RecordReceiptSent();

        Assert.True(line.ReceiptSent);
    }

    [Fact]
    public void A_receipt_cannot_be_recorded_on_money_paid_in()
    {
        Assert.Throws<DomainException>(CouncilPayment().RecordReceiptSent);
    }
}
