using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;

namespace DirectPayments.Web.Tests.Estimator;

/// <summary>The answers of a financial assessment that a document can show, in the words a person and a case manager read.</summary>
public sealed class AnswersToProveTests
{
    private static readonly FinancialAssessmentInput Answers = new()
    {
        Age = 30,
        Incomes = [new IncomeItem(IncomeType.EmploymentAndSupportAllowance, Money.FromPounds(140.55m), Frequency.Weekly)],
        Capital = [new CapitalItem(CapitalType.Savings, Money.FromPounds(5_000m), 0.5m)],
        HousingCosts = [new HousingCost(HousingCostType.Rent, Money.FromPounds(420m), Frequency.Monthly)],
        DisabilityRelatedExpenditureItems = [new DisabilityRelatedExpenditureItem(DisabilityRelatedExpenditureType.Heating, Money.FromPounds(6m), Frequency.Weekly)],
    };

    [Fact]
    public void Each_income_is_an_answer_in_words() =>
        Assert.Contains("Income: Employment and Support Allowance, £140.55 every week", AnswersToProve.Of(Answers));

    [Fact]
    public void Each_saving_is_an_answer_saying_whether_it_is_jointly_owned() =>
        Assert.Contains("Savings and capital: Savings and bank accounts, £5,000.00, jointly owned", AnswersToProve.Of(Answers));

    [Fact]
    public void Each_housing_cost_is_an_answer() =>
        Assert.Contains("Housing cost: Rent, £420.00 every month", AnswersToProve.Of(Answers));

    [Fact]
    public void Each_extra_cost_of_disability_is_an_answer() =>
        Assert.Contains("Extra cost of disability: Extra heating, £6.00 every week", AnswersToProve.Of(Answers));

    [Fact]
    public void An_amount_of_extra_costs_given_as_one_is_an_answer() =>
        Assert.Equal(["Extra costs of disability: £24.55 a week"], AnswersToProve.Of(new FinancialAssessmentInput { DisabilityRelatedExpenditure = Money.FromPounds(24.55m) }));

    [Fact]
    public void A_person_who_would_not_say_has_no_answers_to_prove() =>
        Assert.Empty(AnswersToProve.Of(Answers with { DeclinedToDisclose = true }));

    [Fact]
    public void Two_answers_alike_are_one()
    {
        var twice = Answers with { Incomes = [.. Answers.Incomes, .. Answers.Incomes] };

        Assert.Single(AnswersToProve.Of(twice), a => a.StartsWith("Income:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_is_listed_against_the_answer_it_names()
    {
        var letter = Document("ESA award letter");
        letter.Shows("Income: Employment and Support Allowance, £140.55 every week");

        var proof = AnswersToProve.WithDocuments(Answers, [letter, Document("Something else")]);

        Assert.Equal(["ESA award letter"], proof.Single(p => p.Answer.StartsWith("Income:", StringComparison.Ordinal)).Documents.Select(d => d.Description));
        Assert.All(proof.Where(p => !p.Answer.StartsWith("Income:", StringComparison.Ordinal)), p => Assert.Empty(p.Documents));
    }

    private static EvidenceFile Document(string description) =>
        new(Guid.NewGuid(), EvidencePurpose.FinancialAssessment, "letter.pdf", "application/pdf", 100, description, "Sam", DateTimeOffset.UnixEpoch);
}
