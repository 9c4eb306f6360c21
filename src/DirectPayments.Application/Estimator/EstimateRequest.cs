using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Estimator;

/// <summary>
/// What someone tells the estimator: the circumstances of the person assessed, the year (or date), and optionally a
/// what-if policy. Checked and complete: built by the web layer's pages or its reader of the JSON API.
/// </summary>
public sealed record EstimateRequest
{
    public FinancialYear? FinancialYear { get; init; }

    public DateOnly? AssessmentDate { get; init; }

    public required FinancialAssessmentInput Input { get; init; }

    public PolicyOverride? Policy { get; init; }

    /// <summary>The year the estimate is for: the one named, or the one containing the assessment date.</summary>
    public FinancialYear Year => FinancialYear ?? Domain.Common.FinancialYear.Containing(AssessmentDate!.Value);
}

/// <summary>What-if policy settings; anything left out comes from the council's policy for the year.</summary>
public sealed record PolicyOverride(
    decimal? ChargePercent,
    Money? MinimumWeeklyCharge,
    RoundingRule? Rounding,
    UpperLimitRule? UpperLimitRule,
    bool? DisregardNightCareElement = null,
    Money? LowerCapitalLimit = null,
    Money? UpperCapitalLimit = null)
{
    /// <summary>Why these what-if capital limits cannot be used with the year's national ones (field, message), or null.</summary>
    public (string Field, string Message)? CapitalLimitProblem(ChargingRates rates, CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(policy);
        if (LowerCapitalLimit < rates.LowerCapitalLimit)
        {
            return ("policy.lowerCapitalLimit", $"policy.lowerCapitalLimit must be at least the national lower capital limit of {rates.LowerCapitalLimit} for {rates.Year}");
        }

        if (UpperCapitalLimit < rates.UpperCapitalLimit)
        {
            return ("policy.upperCapitalLimit", $"policy.upperCapitalLimit must be at least the national upper capital limit of {rates.UpperCapitalLimit} for {rates.Year}");
        }

        var (lower, upper) = ApplyTo(policy).CapitalLimits(rates.LowerCapitalLimit, rates.UpperCapitalLimit);
        return lower > upper
            ? (LowerCapitalLimit is null ? "policy.upperCapitalLimit" : "policy.lowerCapitalLimit", $"The lower capital limit {lower} must not be above the upper capital limit {upper}")
            : null;
    }

    public CouncilPolicy ApplyTo(CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy with
        {
            ChargePercent = ChargePercent ?? policy.ChargePercent,
            MinimumWeeklyCharge = MinimumWeeklyCharge ?? policy.MinimumWeeklyCharge,
            Rounding = Rounding ?? policy.Rounding,
            UpperLimitRule = UpperLimitRule ?? policy.UpperLimitRule,
            DisregardNightCareElement = DisregardNightCareElement ?? policy.DisregardNightCareElement,
            LowerCapitalLimit = LowerCapitalLimit ?? policy.LowerCapitalLimit,
            UpperCapitalLimit = UpperCapitalLimit ?? policy.UpperCapitalLimit,
        };
    }
}
