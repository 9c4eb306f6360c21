using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Support;

internal static class TestMoney
{
    /// <summary>Short for Money.FromPounds, so expected figures read like the worked examples.</summary>
    public static Money M(decimal pounds) => Money.FromPounds(pounds);

    /// <summary>An income of so many pounds a week.</summary>
    public static IncomeItem Weekly(IncomeType type, decimal pounds) => new(type, M(pounds), Frequency.Weekly);
}
