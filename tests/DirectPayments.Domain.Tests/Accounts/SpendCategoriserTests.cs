using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Accounts;

public sealed class SpendCategoriserTests
{
    private static readonly SpendCategoriser Rules = new(
    [
        new SpendCategoryRule("HMRC", 10, null, null, "HMRC", SpendCategory.HmrcPayments, SpendConcern.None),
        new SpendCategoryRule("Cash machines", 20, 6011, 6011, null, null, SpendConcern.CashWithdrawal),
        new SpendCategoryRule("Betting", 20, 7995, 7995, null, null, SpendConcern.Gambling),
        new SpendCategoryRule("Care agencies", 30, 8050, 8099, null, SpendCategory.AgencyCare, SpendConcern.None),
    ]);

    [Fact]
    public void A_merchant_category_code_in_a_range_gives_its_category()
    {
        Assert.Equal((SpendCategory.AgencyCare, SpendConcern.None), Rules.Categorise(8062, "Helping Hands Care Ltd"));
    }

    [Fact]
    public void A_cash_withdrawal_is_flagged()
    {
        Assert.Equal(SpendConcern.CashWithdrawal, Rules.Categorise(6011, "LINK ATM").Flag);
    }

    [Fact]
    public void Words_in_the_merchant_name_match_whatever_their_case()
    {
        Assert.Equal(SpendCategory.HmrcPayments, Rules.Categorise(9311, "hmrc paye").Category);
    }

    [Fact]
    public void The_lowest_priority_number_wins()
    {
        var rules = new SpendCategoriser(
        [
            new SpendCategoryRule("Any agency", 50, 8050, 8099, null, SpendCategory.AgencyCare, SpendConcern.None),
            new SpendCategoryRule("Day centre", 5, null, null, "Day Centre", SpendCategory.DayActivities, SpendConcern.None),
        ]);

        Assert.Equal(SpendCategory.DayActivities, rules.Categorise(8062, "Oak Day Centre").Category);
    }

    [Fact]
    public void Spending_no_rule_explains_is_flagged_as_an_unknown_merchant()
    {
        Assert.Equal((null, SpendConcern.UnknownMerchant), Rules.Categorise(5999, "Somewhere Ltd"));
    }

    [Fact]
    public void A_rule_without_a_code_or_words_is_refused()
    {
        Assert.Throws<DomainException>(() => new SpendCategoryRule("Empty", 1, null, null, " ", SpendCategory.Other, SpendConcern.None));
    }

    [Fact]
    public void A_rule_that_gives_nothing_is_refused()
    {
        Assert.Throws<DomainException>(() => new SpendCategoryRule("Nothing", 1, 5411, null, null, null, SpendConcern.None));
    }

    [Fact]
    public void Money_out_must_be_negative_on_the_ledger()
    {
        Assert.Throws<DomainException>(() => new AccountTransaction(Guid.NewGuid(), Guid.NewGuid(), "T1", new DateOnly(2026, 11, 1),
            Money.FromPounds(10m), TransactionKind.Spend, TransactionSource.StatementImport, "Spend"));
    }
}
