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
}
