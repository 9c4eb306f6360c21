using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Support;

internal static class TestMoney
{
    /// <summary>Short for Money.FromPounds, so expected figures read like the worked examples.</summary>
    public static Money M(decimal pounds) => Money.FromPounds(pounds);
}
