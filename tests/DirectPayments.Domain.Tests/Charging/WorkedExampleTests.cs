using System.Text.Json;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>Every published vector in docs/domain/worked-examples.json, read at test time, exact to the penny.</summary>
public class WorkedExampleTests
{
    private static readonly string[] DirectPaymentVectors = ["V15", "V23"];

    public static TheoryData<string> AssessmentVectors() => new(AssessmentVectorIds());

    /// <summary>Vectors with a full set of assessment inputs (the others are based on one of these).</summary>
    private static List<string> AssessmentVectorIds() =>
        WorkedExamples.Vectors
            .Where(v => v.GetProperty("inputs").TryGetProperty("weekly_incomes", out _))
            .Select(v => v.GetProperty("id").GetString()!)
            .ToList();

    [Fact]
    public void Every_published_vector_is_tested()
    {
        var assessed = AssessmentVectorIds();
        var all = WorkedExamples.Vectors.Select(v => v.GetProperty("id").GetString()!).ToList();

        Assert.Equal(12, all.Count);
        Assert.Equal(all.Order(), assessed.Concat(DirectPaymentVectors).Order());
    }

    [Theory]
    [MemberData(nameof(AssessmentVectors))]
    public void Assessment_matches_the_published_vector(string id)
    {
        var vector = WorkedExamples.Vector(id);
        var rates = WorkedExamples.Rates(vector.GetProperty("financial_year").GetString()!);
        var input = WorkedExamples.Input(vector);

        var result = FinancialAssessmentCalculator.Assess(input, rates, WorkedExamples.Policy(vector));

        Assert.Equal(rates.Year, result.FinancialYear);
        foreach (var expected in vector.GetProperty("expected").EnumerateObject())
        {
            switch (expected.Name)
            {
                case "full_cost_payer": Assert.Equal(expected.Value.GetBoolean(), result.FullCostPayer); break;
                case "tariff_income": Assert.Equal(WorkedExamples.MoneyOrNull(expected.Value), result.TariffIncome); break;
                case "assessable_income": Assert.Equal(WorkedExamples.MoneyOrNull(expected.Value), result.AssessableIncome); break;
                case "mig": Assert.Equal(WorkedExamples.MoneyOrNull(expected.Value), result.MinimumIncomeGuarantee); break;
                case "total_allowances": Assert.Equal(WorkedExamples.MoneyOrNull(expected.Value), result.TotalAllowances); break;
                case "disposable_income": Assert.Equal(WorkedExamples.MoneyOrNull(expected.Value), result.DisposableIncome); break;
                case "weekly_contribution": Assert.Equal(WorkedExamples.MoneyOrNull(expected.Value), result.WeeklyContribution); break;
                case "net_weekly_direct_payment": Assert.Equal(WorkedExamples.MoneyOrNull(expected.Value), result.NetWeeklyDirectPayment); break;
                case "gross_alternative": AssertGrossAlternative(expected.Value, result); break;
                case "alternative_policy": AssertAtOrAboveAlternative(expected.Value, input, rates, WorkedExamples.Policy(vector)); break;
                default: Assert.Fail($"{id}: expected field '{expected.Name}' is not checked by this test."); break;
            }
        }

        // Net + contribution = cost, and the net basis gives the same weekly payment.
        var payment = DirectPaymentCalculator.Calculate(result, WorkedExamples.Basis(vector));
        Assert.Equal(result.NetWeeklyDirectPayment, payment.Weekly.DirectPayment);
        Assert.Equal(input.WeeklyCostOfCare, result.NetWeeklyDirectPayment + result.WeeklyContribution);
    }

    [Theory]
    [MemberData(nameof(AssessmentVectors))]
    public void Each_income_is_treated_as_the_vector_says(string id)
    {
        var vector = WorkedExamples.Vector(id);
        var result = FinancialAssessmentCalculator.Assess(
            WorkedExamples.Input(vector), WorkedExamples.Rates("2025-26"), WorkedExamples.Policy(vector));
        var incomes = vector.GetProperty("inputs").GetProperty("weekly_incomes").EnumerateArray().ToList();
        if (result.FullCostPayer)
        {
            Assert.Empty(result.IncomeLines);
            return;
        }

        Assert.Equal(incomes.Count, result.IncomeLines.Count);
        for (var i = 0; i < incomes.Count; i++)
        {
            var treatment = incomes[i].GetProperty("treatment").GetString()!;
            Assert.Equal(treatment.StartsWith("disregarded", StringComparison.Ordinal), result.IncomeLines[i].Disregarded);
            Assert.Equal(WorkedExamples.Pounds(incomes[i], "amount"), result.IncomeLines[i].WeeklyAmount);
        }
    }

    [Fact]
    public void V15_four_weekly_and_annual_figures_from_the_direct_payment_calculator()
    {
        var vector = WorkedExamples.Vector("V15");
        var inputs = vector.GetProperty("inputs");
        var expected = vector.GetProperty("expected");

        var result = DirectPaymentCalculator.Calculate(
            WorkedExamples.Pounds(inputs, "weekly_cost_of_care"),
            WorkedExamples.Pounds(inputs, "weekly_contribution"),
            WorkedExamples.Basis(vector));

        Assert.Equal(WorkedExamples.Pounds(expected, "four_weekly_personal_budget"), result.FourWeekly.PersonalBudget);
        Assert.Equal(WorkedExamples.Pounds(expected, "four_weekly_contribution"), result.FourWeekly.ContributionPaidIn);
        Assert.Equal(WorkedExamples.Pounds(expected, "four_weekly_net_direct_payment"), result.FourWeekly.DirectPayment);
        Assert.Equal(WorkedExamples.Pounds(expected, "annual_52_week_net_direct_payment"), result.Annual.DirectPayment);
        Assert.Equal(WorkedExamples.Pounds(expected, "annual_52_week_contribution"), result.Annual.ContributionPaidIn);
    }

    [Fact]
    public void V15_figures_also_come_out_of_the_assessment_it_is_based_on()
    {
        var v15 = WorkedExamples.Vector("V15");
        var basedOn = WorkedExamples.Vector(v15.GetProperty("inputs").GetProperty("based_on").GetString()!);
        var expected = v15.GetProperty("expected");

        var result = FinancialAssessmentCalculator.Assess(
            WorkedExamples.Input(basedOn), WorkedExamples.Rates("2025-26"), WorkedExamples.Policy(basedOn));

        Assert.Equal(WorkedExamples.Pounds(v15.GetProperty("inputs"), "weekly_contribution"), result.WeeklyContribution);
        Assert.Equal(WorkedExamples.Pounds(expected, "four_weekly_personal_budget"), result.FourWeekly.PersonalBudget);
        Assert.Equal(WorkedExamples.Pounds(expected, "four_weekly_contribution"), result.FourWeekly.Contribution);
        Assert.Equal(WorkedExamples.Pounds(expected, "four_weekly_net_direct_payment"), result.FourWeekly.NetDirectPayment);
        Assert.Equal(WorkedExamples.Pounds(expected, "annual_52_week_net_direct_payment"), result.Annual.NetDirectPayment);
        Assert.Equal(WorkedExamples.Pounds(expected, "annual_52_week_contribution"), result.Annual.Contribution);
    }

    [Fact]
    public void V23_gross_basis_from_the_direct_payment_calculator()
    {
        var vector = WorkedExamples.Vector("V23");
        var inputs = vector.GetProperty("inputs");
        var expected = vector.GetProperty("expected");

        var result = DirectPaymentCalculator.Calculate(
            WorkedExamples.Pounds(inputs, "weekly_cost_of_care"),
            WorkedExamples.Pounds(inputs, "weekly_contribution"),
            WorkedExamples.Basis(vector));

        Assert.Equal(DirectPaymentBasis.Gross, result.Basis);
        Assert.Equal(WorkedExamples.Pounds(expected, "weekly_direct_payment"), result.Weekly.DirectPayment);
        Assert.Equal(WorkedExamples.Pounds(expected, "four_weekly_direct_payment"), result.FourWeekly.DirectPayment);
        Assert.Equal(WorkedExamples.Pounds(expected, "four_weekly_invoice_to_person"), result.FourWeekly.ContributionInvoiced);
        Assert.Equal(WorkedExamples.Pounds(expected, "net_cost_to_council_weekly"), result.Weekly.NetCostToCouncil);
        Assert.Equal(Money.Zero, result.Weekly.ContributionPaidIn);
    }

    [Theory]
    [InlineData(SurplusThresholdBasis.NetDirectPayment, "basis_net_dp")]
    [InlineData(SurplusThresholdBasis.PersonalBudget, "basis_gross_budget")]
    public void A01_surplus_on_each_threshold_basis(SurplusThresholdBasis basis, string expectedSection)
    {
        var example = WorkedExamples.AuditExample("A01");
        var inputs = example.GetProperty("inputs");
        var expected = example.GetProperty("expected");

        var result = SurplusCalculator.Calculate(
            WorkedExamples.Pounds(inputs, "account_balance"),
            WorkedExamples.Pounds(inputs, "committed_liabilities"),
            WorkedExamples.Pounds(inputs, "weekly_net_dp"),
            WorkedExamples.Pounds(inputs, "weekly_personal_budget"),
            inputs.GetProperty("threshold_weeks").GetInt32(),
            basis);

        Assert.Equal(WorkedExamples.Pounds(expected, "available_balance"), result.AvailableBalance);
        Assert.Equal(WorkedExamples.Pounds(expected.GetProperty(expectedSection), "threshold"), result.Threshold);
        Assert.Equal(WorkedExamples.Pounds(expected.GetProperty(expectedSection), "recoverable_surplus"), result.RecoverableSurplus);
    }

    [Fact]
    public void A01_through_the_council_policy_defaults_uses_eight_weeks_of_net_direct_payment()
    {
        var inputs = WorkedExamples.AuditExample("A01").GetProperty("inputs");

        var result = SurplusCalculator.Calculate(
            WorkedExamples.Pounds(inputs, "account_balance"),
            WorkedExamples.Pounds(inputs, "committed_liabilities"),
            WorkedExamples.Pounds(inputs, "weekly_net_dp"),
            WorkedExamples.Pounds(inputs, "weekly_personal_budget"),
            CouncilPolicy.Default);

        Assert.Equal(Money.FromPounds(843.60m), result.RecoverableSurplus);
    }

    private static void AssertGrossAlternative(JsonElement expected, FinancialAssessmentResult result)
    {
        var gross = DirectPaymentCalculator.Calculate(result, DirectPaymentBasis.Gross);
        Assert.Equal(WorkedExamples.Pounds(expected, "weekly_direct_payment"), gross.Weekly.DirectPayment);
        Assert.Equal(WorkedExamples.Pounds(expected, "contribution_invoiced_weekly"), gross.Weekly.ContributionInvoiced);
    }

    private static void AssertAtOrAboveAlternative(
        JsonElement expected, FinancialAssessmentInput input, ChargingRates rates, CouncilPolicy policy)
    {
        var result = FinancialAssessmentCalculator.Assess(input, rates, policy with { UpperLimitRule = UpperLimitRule.AtOrAbove });
        Assert.True(result.FullCostPayer);
        Assert.Equal(FullCostReason.CapitalAboveUpperLimit, result.FullCostReason);
        Assert.Equal(WorkedExamples.Pounds(expected, "weekly_contribution"), result.WeeklyContribution);
        Assert.Equal(WorkedExamples.Pounds(expected, "net_weekly_direct_payment"), result.NetWeeklyDirectPayment);
    }
}
