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
    bool? DisregardNightCareElement = null)
{
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
        };
    }
}
