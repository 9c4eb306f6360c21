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
        _ => frequency.ToString(),
    };

    public static string Capital(CapitalType type) => type switch
    {
        CapitalType.Savings => "Savings and bank accounts",
        CapitalType.Investments => "Shares, bonds and investments",
        CapitalType.Property => "Property or land (not their home)",
        CapitalType.MainHome => "The home they live in",
        CapitalType.Other => "Other capital",
        CapitalType.PersonalPossessions => "Personal possessions, such as furniture, jewellery or a car",
        CapitalType.LifeInsuranceSurrenderValue => "Life insurance (its surrender value)",
        CapitalType.PersonalInjuryTrust => "Personal injury compensation, or a trust holding it",
        _ => type.ToString(),
    };

    public static string Housing(HousingCostType type) => type switch
    {
        HousingCostType.Rent => "Rent",
        HousingCostType.Mortgage => "Mortgage",
        HousingCostType.CouncilTax => "Council Tax",
        HousingCostType.ServiceCharge => "Service charge",
        HousingCostType.GroundRent => "Ground rent",
        _ => type.ToString(),
    };

    public static string Pounds(decimal amount) => amount.ToString("C2", CultureInfo.GetCultureInfo("en-GB"));
}
