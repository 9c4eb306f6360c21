using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Features.Estimator;

namespace DirectPayments.Web.Tests.Estimator;

public sealed class EstimatorStepValidatorTests
{
    [Theory]
    [InlineData(null, "Enter their age")]
    [InlineData("forty", "Age must be a whole number, like 45")]
    [InlineData("17", "Age must be between 18 and 120")]
    [InlineData("30.5", "Age must be a whole number, like 45")]
    public void A_bad_age_says_what_is_wrong(string? age, string message)
    {
        var errors = new AgeStepValidator().Validate(new AgeStep { Age = age }).Errors;

        Assert.Equal(message, Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void A_negative_age_is_told_the_range()
    {
        var errors = new AgeStepValidator().Validate(new AgeStep { Age = "-1" }).Errors;

        Assert.Equal("Age must be between 18 and 120", Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void None_of_these_cannot_be_chosen_with_a_benefit()
    {
        var errors = new BenefitsStepValidator().Validate(new BenefitsStep { Premiums = ["None", "CarerPremium"] }).Errors;

        Assert.Equal("Select none of these, or select the ones that apply, not both", Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void An_income_needs_its_type_amount_and_frequency()
    {
        var errors = new IncomeStepValidator().Validate(new IncomeStep()).Errors.Select(e => e.ErrorMessage);

        Assert.Equal(["Select the type of income", "Enter the amount", "Select how often they get it"], errors);
    }

    [Fact]
    public void A_typed_amount_of_disability_costs_is_needed_only_when_chosen()
    {
        Assert.True(new DisabilityCostsStepValidator().Validate(new DisabilityCostsStep { UseStandard = "yes" }).IsValid);
        Assert.False(new DisabilityCostsStepValidator().Validate(new DisabilityCostsStep { UseStandard = "no" }).IsValid);
    }

    [Fact]
    public void Joint_savings_count_at_half()
    {
        var answers = new EstimatorAnswers
        {
            WillDisclose = true,
            Age = 40,
            Capital = [new CapitalAnswer(CapitalType.Savings, 10_000m, Joint: true)],
            WeeklyCost = 50m,
        };

        var request = answers.ToRequest(new FinancialYear(2026));

        Assert.Equal(0.5m, Assert.Single(request.Input.Capital).Share);
    }

    [Fact]
    public void Monthly_income_is_passed_on_as_monthly_for_the_engine_to_convert()
    {
        var answers = new EstimatorAnswers
        {
            WillDisclose = true,
            Age = 40,
            Incomes = [new IncomeAnswer(IncomeType.UniversalCredit, 393.45m, Frequency.Monthly)],
            WeeklyCost = 50m,
        };

        var income = Assert.Single(answers.ToRequest(new FinancialYear(2026)).Input.Incomes);

        Assert.Equal(Frequency.Monthly, income.Frequency);
        Assert.Equal(Money.FromPounds(393.45m), income.Amount);
    }

    [Fact]
    public void Choosing_the_standard_amount_leaves_disability_costs_to_the_council_policy()
    {
        var answers = new EstimatorAnswers { WillDisclose = true, Age = 40, UseStandardDre = true, Dre = 99m, WeeklyCost = 50m };

        Assert.Null(answers.ToRequest(new FinancialYear(2026)).Input.DisabilityRelatedExpenditure);
    }

    [Fact]
    public void Not_telling_us_about_money_is_a_declined_assessment()
    {
        var answers = new EstimatorAnswers { WillDisclose = false, Age = 81, WeeklyCost = 210m };

        Assert.True(answers.ToRequest(new FinancialYear(2026)).Input.DeclinedToDisclose);
    }
}
