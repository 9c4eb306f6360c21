using DirectPayments.Domain.Common;
using DirectPayments.Web.Features.Review;

namespace DirectPayments.Web.Tests.Review;

public sealed class SummaryPeriodValidatorTests
{
    private static IEnumerable<string> Errors(DateOnly from, DateOnly to) =>
        new SummaryPeriodValidator(new CouncilClock(new At(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)), TimeZoneInfo.FindSystemTimeZoneById("Europe/London")))
            .Validate(new SummaryPeriodViewModel { From = from, To = to }).Errors.Select(e => e.ErrorMessage);

    [Fact]
    public void A_summary_of_last_year_is_accepted() => Assert.Empty(Errors(new(2025, 4, 1), new(2026, 3, 31)));

    [Fact]
    public void A_summary_from_year_1_is_refused() =>
        Assert.Equal(["The date the period starts must be within 10 years of today"], Errors(new(1, 1, 1), new(2026, 3, 31)));

    [Fact]
    public void A_summary_to_year_9999_is_refused() =>
        Assert.Equal(["The date the period ends must be within 10 years of today"], Errors(new(2025, 4, 1), new(9999, 12, 31)));

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
