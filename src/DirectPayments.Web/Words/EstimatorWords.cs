using DirectPayments.Application.Common;
using System.Globalization;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Web.Words;

public static class EstimatorWords
{
    public static string Frequency(Frequency frequency) => frequency switch
    {
        Domain.Common.Frequency.Weekly => "every week",
        Domain.Common.Frequency.FourWeekly => "every 4 weeks",
        Domain.Common.Frequency.Monthly => "every month",
        Domain.Common.Frequency.Annual => "every year",
        _ => DisplayNames.Of(frequency),
    };

    public static string Capital(CapitalType type) => DisplayNames.Of(type);

    public static string Housing(HousingCostType type) => DisplayNames.Of(type);

    public static string Pounds(decimal amount) => amount.ToString("C2", CultureInfo.GetCultureInfo("en-GB"));
}
