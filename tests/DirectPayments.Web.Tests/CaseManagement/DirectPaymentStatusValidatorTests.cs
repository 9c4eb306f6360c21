using DirectPayments.Domain.Common;
using DirectPayments.Web.Features.CaseManagement;

namespace DirectPayments.Web.Tests.CaseManagement;

public sealed class DirectPaymentStatusValidatorTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static IEnumerable<string> Errors(DirectPaymentStatusViewModel form) =>
        new DirectPaymentStatusValidator(new CouncilClock(new At(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)), TimeZoneInfo.FindSystemTimeZoneById("Europe/London")))
            .Validate(form).Errors.Select(e => e.ErrorMessage);

    [Fact]
    public void A_suspension_from_a_day_with_a_reason_is_accepted() =>
        Assert.Empty(Errors(new() { Change = "Suspended", Date = Today.AddDays(7), Reason = "In hospital." }));

    [Fact]
    public void A_date_more_than_a_year_ago_is_refused() =>
        Assert.Equal(["The date must be within a year of today"], Errors(new() { Change = "Suspended", Date = Today.AddYears(-1).AddDays(-1), Reason = "In hospital." }));

    [Fact]
    public void An_end_needs_to_say_why() =>
        Assert.Equal(["Select why the direct payment ends"], Errors(new() { Change = "Ended", Date = Today, Reason = "Died." }));

    [Fact]
    public void An_end_asks_for_the_last_day() =>
        Assert.Equal(["Enter the last day the direct payment pays for"], Errors(new() { Change = "Ended", Why = "Died", Reason = "Died." }));

    [Fact]
    public void A_change_that_is_not_one_of_the_three_is_refused() =>
        Assert.Contains("Choose to suspend, resume or end the direct payment", Errors(new() { Change = "Started", Date = Today, Reason = "x" }));

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
