using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Time;
using Microsoft.Extensions.Time.Testing;

namespace DirectPayments.Web.Tests.Time;

public sealed class SetClockTests
{
    private static readonly TimeZoneInfo UnitedKingdom = CouncilClock.FindZone(null, CouncilTime.TimeZoneSetting);

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void A_set_clock_is_refused_outside_Development_and_Testing(string environment)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => CouncilTime.SetNow("2027-03-31", UnitedKingdom, new TestEnvironment(environment)));

        Assert.Contains("Clock:Now", refused.Message, StringComparison.Ordinal);
        Assert.Contains(environment, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_setting_is_the_real_clock_in_every_environment() =>
        Assert.Null(CouncilTime.SetNow(null, UnitedKingdom, new TestEnvironment("Production")));

    [Fact]
    public void A_date_starts_the_clock_at_ten_in_the_morning_UK_time()
    {
        var start = CouncilTime.SetNow("2027-07-26", UnitedKingdom, new TestEnvironment("Development"));

        Assert.Equal(new DateTimeOffset(2027, 7, 26, 9, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void A_time_without_an_offset_is_UK_wall_clock_time()
    {
        var start = CouncilTime.SetNow("2027-04-01T00:30", UnitedKingdom, new TestEnvironment("Testing"));

        Assert.Equal(new DateTimeOffset(2027, 3, 31, 23, 30, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void An_instant_keeps_its_offset()
    {
        var start = CouncilTime.SetNow("2027-03-31T23:30:00Z", UnitedKingdom, new TestEnvironment("Testing"));

        Assert.Equal(new DateTimeOffset(2027, 3, 31, 23, 30, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void A_time_that_is_not_a_time_is_refused_with_the_forms_it_takes()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => CouncilTime.SetNow("next Tuesday", UnitedKingdom, new TestEnvironment("Development")));

        Assert.Contains("2027-03-31", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_clock_runs_on_from_where_it_was_set()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero));
        var clock = new RunningFromTimeProvider(new DateTimeOffset(2028, 2, 29, 10, 0, 0, TimeSpan.Zero), real);

        real.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(new DateTimeOffset(2028, 2, 29, 11, 30, 0, TimeSpan.Zero), clock.GetUtcNow());
    }
}
