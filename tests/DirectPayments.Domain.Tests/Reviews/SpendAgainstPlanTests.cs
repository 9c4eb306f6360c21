using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Tests.Reviews;

public sealed class SpendAgainstPlanTests
{
    private static readonly Dictionary<SupportCategory, Money> Plan = new()
    {
        [SupportCategory.PersonalAssistant] = Money.FromPounds(48m),
        [SupportCategory.Membership] = Money.FromPounds(12m),
    };

    [Fact]
    public void The_plan_is_spread_over_the_days_reviewed()
    {
        var rows = SpendAgainstPlan.Compare(Plan, [], 56);

        Assert.Equal(Money.FromPounds(384m), rows.Single(r => r.Category == SupportCategory.PersonalAssistant).Planned);
    }

    [Fact]
    public void Wages_and_HMRC_payments_count_towards_the_personal_assistant()
    {
        var rows = SpendAgainstPlan.Compare(Plan, [(SpendCategory.PersonalAssistantWages, Money.FromPounds(300m)), (SpendCategory.HmrcPayments, Money.FromPounds(40m))], 56);

        Assert.Equal(Money.FromPounds(340m), rows.Single(r => r.Category == SupportCategory.PersonalAssistant).Spent);
    }

    [Fact]
    public void Underspend_is_a_positive_difference()
    {
        var rows = SpendAgainstPlan.Compare(Plan, [(SpendCategory.Membership, Money.FromPounds(52m))], 56);

        Assert.Equal(Money.FromPounds(44m), rows.Single(r => r.Category == SupportCategory.Membership).Difference);
    }

    [Fact]
    public void Spending_on_something_not_in_the_plan_is_a_row_of_its_own()
    {
        var rows = SpendAgainstPlan.Compare(Plan, [(SpendCategory.Transport, Money.FromPounds(15m)), (null, Money.FromPounds(20m))], 56);

        Assert.Equal(Money.FromPounds(35m), rows.Single(r => r.Category is null).Spent);
    }
}
