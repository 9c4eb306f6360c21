using DirectPayments.Domain.Common;
using FluentValidation;

namespace DirectPayments.Web.Infrastructure;

/// <summary>Dates bounded to what they can mean, told the same way on every form.</summary>
public static class DateRules
{
    /// <summary>A change to a running direct payment can reach back a year (a death reported late) and be planned a year ahead (a hospital admission booked).</summary>
    public const int YearsEitherWay = 1;

    /// <summary>Within a year either side of the council's today; an empty date is left to the rule that asks for it.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> WithinAYearOfToday<T>(this IRuleBuilder<T, DateOnly?> rule, CouncilClock clock, string what = "The date") =>
        rule.WithinYearsOfToday(clock, YearsEitherWay, what);

    /// <summary>
    /// Within <paramref name="years"/> either side of the council's today (a report over past years); an empty date is
    /// left to the rule that asks for it. No date so bounded can fall outside the financial years the engine knows.
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> WithinYearsOfToday<T>(this IRuleBuilder<T, DateOnly?> rule, CouncilClock clock, int years, string what = "The date")
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return rule
            .Must(d => d is not { } day || (day >= clock.Today.AddYears(-years) && day <= clock.Today.AddYears(years)))
            .WithMessage($"{what} must be within {(years == 1 ? "a year" : $"{years} years")} of today");
    }
}
