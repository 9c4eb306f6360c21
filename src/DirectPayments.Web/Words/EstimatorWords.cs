using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Application.Common;
using System.Globalization;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Web.Words;

public static class EstimatorWords
{
    public static string Frequency(Frequency frequency) => AnswersToProve.Often(frequency);

    public static string Capital(CapitalType type) => DisplayNames.Of(type);

    public static string Housing(HousingCostType type) => DisplayNames.Of(type);

    public static string Pounds(decimal amount) => amount.ToString("C2", CultureInfo.GetCultureInfo("en-GB"));
}
