using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Charging;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>An estimate, or the reason none could be made.</summary>
public sealed record EstimateOutcome(FinancialAssessmentResult? Result, string? ErrorField, string? Error);

/// <summary>
/// Works out an estimate with the council's rates and policy for the year (or a what-if policy).
/// The same service serves the public pages and the JSON API, so both always agree.
/// </summary>
public interface IContributionEstimator
{
    Task<EstimateOutcome> EstimateAsync(EstimateRequest request, CancellationToken cancellationToken = default);
}

public sealed class ContributionEstimator(IChargingRatesProvider years) : IContributionEstimator
{
    public async Task<EstimateOutcome> EstimateAsync(EstimateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var year = await years.FindAsync(request.Year, cancellationToken);
        var field = request.FinancialYear is null ? "assessmentDate" : "financialYear";
        if (year is null)
        {
            return new EstimateOutcome(null, field, $"There are no charging rates for {request.Year}");
        }

        if (!year.Complete)
        {
            return new EstimateOutcome(null, field, $"The charging rates for {request.Year} are not complete yet");
        }

        var policy = request.Policy?.ApplyTo(year.Policy) ?? year.Policy;
        return new EstimateOutcome(FinancialAssessmentCalculator.Assess(request.Input, year.Rates!, policy), null, null);
    }
}
