using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Estimator;

/// <summary>An estimate, or the reason none could be made (and the field of the request it is about).</summary>
public sealed record EstimateOutcome(FinancialAssessmentResult? Result, string? ErrorField, string? Error);

/// <summary>
/// Works out an estimate with the council's rates and policy for the year (or a what-if policy). The same query serves
/// the public pages and the JSON API, so both always agree.
/// </summary>
public sealed class ContributionEstimates(IChargingRatesProvider years, CouncilClock clock)
{
    /// <summary>The financial year the estimator's pages use: the one the council is in today.</summary>
    public FinancialYear ThisYear => FinancialYear.Containing(clock.Today);

    /// <summary>This year's policy, for what the pages ask and promise (night care, the standard disability allowance); null if none.</summary>
    public async Task<CouncilPolicy?> PolicyThisYearAsync(CancellationToken cancellationToken = default) =>
        (await years.FindForEstimateAsync(ThisYear, cancellationToken))?.Policy;

    public async Task<EstimateOutcome> EstimateAsync(EstimateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var year = await years.FindForEstimateAsync(request.Year, cancellationToken);
        var field = request.FinancialYear is null ? "assessmentDate" : "financialYear";
        if (year is null)
        {
            return new EstimateOutcome(null, field, $"There are no charging rates for {request.Year}");
        }

        if (!year.Complete)
        {
            return new EstimateOutcome(null, field, $"The charging rates for {request.Year} are not complete yet");
        }

        if (request.Policy?.CapitalLimitProblem(year.Rates!, year.Policy) is { } problem)
        {
            return new EstimateOutcome(null, problem.Field, problem.Message);
        }

        var policy = request.Policy?.ApplyTo(year.Policy) ?? year.Policy;
        return new EstimateOutcome(FinancialAssessmentCalculator.Assess(request.Input, year.Rates!, policy), null, null);
    }
}
