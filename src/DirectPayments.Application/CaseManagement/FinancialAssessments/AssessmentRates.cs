using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.CaseManagement.FinancialAssessments;

/// <summary>The charging engine with the rates of the financial year containing a day, if an administrator has completed them.</summary>
public sealed record AssessmentRates(FinancialYear Year, ChargingYearRates? Rates)
{
    /// <summary>What the person is told when the year's rates are not complete.</summary>
    public string Missing => $"There are no complete charging rates for {Year}. An administrator must add them first.";

    public bool Complete => Rates is { Complete: true };

    /// <summary>The engine's result with the year's rates; none while they are incomplete.</summary>
    public FinancialAssessmentResult? TryAssess(FinancialAssessmentInput input) =>
        Rates is { Complete: true } year ? FinancialAssessmentCalculator.Assess(input, year.Rates!, year.Policy) : null;

    /// <summary>The engine's result with the year's rates, or a refusal that says they are missing (<paramref name="whenMissing"/>).</summary>
    public FinancialAssessmentResult Assess(FinancialAssessmentInput input, string? whenMissing = null) =>
        TryAssess(input) ?? throw new DomainException(whenMissing ?? Missing);
}

public static class AssessmentRatesLookup
{
    /// <summary>The engine with the rates for the financial year containing <paramref name="on"/>.</summary>
    public static async Task<AssessmentRates> ForDayAsync(this IChargingRatesProvider rates, DateOnly on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var year = FinancialYear.Containing(on);
        return new AssessmentRates(year, await rates.FindAsync(year, cancellationToken));
    }
}
