using DirectPayments.Domain.Charging;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>The JSON contract of an estimate: amounts in pounds with two decimal places.</summary>
public sealed record ContributionEstimateResponse(
    string FinancialYear,
    decimal AssessableCapital,
    decimal? TariffIncome,
    decimal? AssessableIncome,
    decimal? DisregardedIncome,
    decimal CapitalDisregarded,
    decimal? MinimumIncomeGuarantee,
    decimal? HousingCosts,
    decimal? DisabilityRelatedExpenditure,
    decimal? TotalAllowances,
    decimal? DisposableIncome,
    bool FullCostPayer,
    string FullCostReason,
    decimal WeeklyCostOfCare,
    decimal WeeklyContribution,
    decimal NetWeeklyDirectPayment,
    ContributionEstimateFourWeekly FourWeekly,
    IReadOnlyList<string> Working)
{
    public static ContributionEstimateResponse From(FinancialAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.FinancialYear.ToString(),
            result.AssessableCapital.Pounds,
            result.TariffIncome?.Pounds,
            result.AssessableIncome?.Pounds,
            result.DisregardedIncome?.Pounds,
            result.CapitalDisregarded.Pounds,
            result.MinimumIncomeGuarantee?.Pounds,
            result.HousingCosts?.Pounds,
            result.DisabilityRelatedExpenditure?.Pounds,
            result.TotalAllowances?.Pounds,
            result.DisposableIncome?.Pounds,
            result.FullCostPayer,
            result.FullCostReason.ToString(),
            result.WeeklyCostOfCare.Pounds,
            result.WeeklyContribution.Pounds,
            result.NetWeeklyDirectPayment.Pounds,
            new ContributionEstimateFourWeekly(
                result.FourWeekly.PersonalBudget.Pounds,
                result.FourWeekly.Contribution.Pounds,
                result.FourWeekly.NetDirectPayment.Pounds),
            result.Working);
    }
}

public sealed record ContributionEstimateFourWeekly(decimal PersonalBudget, decimal Contribution, decimal NetDirectPayment);
