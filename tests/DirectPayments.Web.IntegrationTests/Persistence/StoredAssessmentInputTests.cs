using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Data.Json;

namespace DirectPayments.Web.IntegrationTests.Persistence;

/// <summary>What the person told the council is stored whole, and an assessment stored before a question existed still reads.</summary>
public sealed class StoredAssessmentInputTests
{
    [Fact]
    public void A_partners_pension_credit_age_is_stored_with_the_answers()
    {
        var input = new FinancialAssessmentInput { Age = 60, Couple = true, PartnerPensionCreditAgeReached = true, WeeklyCostOfCare = Money.FromPounds(100m) };

        var read = FinancialAssessmentInputJson.Read(FinancialAssessmentInputJson.Write(input));

        Assert.True(read.PartnerPensionCreditAgeReached);
    }

    [Fact]
    public void An_assessment_stored_before_the_partners_age_was_asked_reads_as_no_partner_of_pension_age()
    {
        const string Stored = """
            {"age":60,"pensionCreditAgeReached":false,"couple":true,"loneParent":false,"dependentChildren":0,"disabilityPremium":false,
             "enhancedDisabilityPremium":false,"carerPremium":false,"declinedToDisclose":false,"incomes":[],"capital":[],"housingCosts":[],
             "weeklyCostOfCarePence":10000}
            """;

        var read = FinancialAssessmentInputJson.Read(Stored);

        Assert.False(read.PartnerPensionCreditAgeReached);
        Assert.Equal(Money.FromPounds(100m), read.WeeklyCostOfCare);
    }

    [Fact]
    public void Night_care_secured_debt_and_notional_capital_with_its_reason_are_stored_with_the_answers()
    {
        var input = new FinancialAssessmentInput
        {
            Age = 80,
            NightCareArranged = false,
            Capital = [new CapitalItem(CapitalType.Property, Money.FromPounds(120_000m), 1m, Money.FromPounds(40_000m))],
            NotionalCapital = Money.FromPounds(8_000m),
            NotionalCapitalReason = "Gave £8,000 to a nephew after being told of the charge",
            WeeklyCostOfCare = Money.FromPounds(100m),
        };

        var read = FinancialAssessmentInputJson.Read(FinancialAssessmentInputJson.Write(input));

        Assert.Equal(
            (false, Money.FromPounds(40_000m), Money.FromPounds(8_000m), input.NotionalCapitalReason),
            (read.NightCareArranged, read.Capital[0].SecuredDebt, read.NotionalCapital, read.NotionalCapitalReason));
    }

    [Fact]
    public void An_assessment_stored_before_night_care_was_asked_reads_as_night_care_arranged_and_no_notional_capital()
    {
        const string Stored = """
            {"age":80,"pensionCreditAgeReached":true,"couple":false,"loneParent":false,"dependentChildren":0,"disabilityPremium":false,
             "enhancedDisabilityPremium":false,"carerPremium":false,"declinedToDisclose":false,"incomes":[],
             "capital":[{"type":"Savings","pence":500000,"share":1}],"housingCosts":[],"weeklyCostOfCarePence":10000}
            """;

        var read = FinancialAssessmentInputJson.Read(Stored);

        Assert.Equal((true, Money.Zero, Money.Zero), (read.NightCareArranged, read.Capital[0].SecuredDebt, read.NotionalCapital));
    }

    [Fact]
    public void Disability_related_expenditure_items_are_stored_with_the_answers()
    {
        var item = new DisabilityRelatedExpenditureItem(DisabilityRelatedExpenditureType.CommunityAlarm, Money.FromPounds(26m), Frequency.Annual);
        var input = new FinancialAssessmentInput { Age = 80, DisabilityRelatedExpenditureItems = [item], WeeklyCostOfCare = Money.FromPounds(100m) };

        var read = FinancialAssessmentInputJson.Read(FinancialAssessmentInputJson.Write(input));

        Assert.Equal([item], read.DisabilityRelatedExpenditureItems);
    }
}
