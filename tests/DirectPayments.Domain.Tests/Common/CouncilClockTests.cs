using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Common;

public sealed class CouncilClockTests
{
    private static readonly TimeZoneInfo UnitedKingdom = CouncilClock.FindZone(null, "Council:TimeZone");

    [Fact]
    public void Half_past_midnight_in_British_Summer_Time_is_already_the_next_day_in_the_UK()
    {
        // 23:30 UTC on 31 March 2027 is 00:30 BST on 1 April: a new financial year in the council, not yet on the server.
        var clock = new CouncilClock(new At(new DateTimeOffset(2027, 3, 31, 23, 30, 0, TimeSpan.Zero)), UnitedKingdom);

        Assert.Equal(new DateOnly(2027, 4, 1), clock.Today);
        Assert.Equal(new FinancialYear(2027), FinancialYear.Containing(clock.Today));
    }

    [Fact]
    public void Half_past_eleven_at_night_in_winter_is_the_same_day_in_the_UK_as_on_the_server()
    {
        var clock = new CouncilClock(new At(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)), UnitedKingdom);

        Assert.Equal(new DateOnly(2026, 12, 31), clock.Today);
    }

    [Fact]
    public void A_server_whose_own_zone_is_far_from_the_UK_still_gets_the_UK_date()
    {
        var server = new At(new DateTimeOffset(2027, 6, 30, 23, 30, 0, TimeSpan.Zero), TimeZoneInfo.CreateCustomTimeZone("Server", TimeSpan.FromHours(-10), "Server", "Server"));
        var clock = new CouncilClock(server, UnitedKingdom);

        Assert.Equal(new DateOnly(2027, 6, 30), DateOnly.FromDateTime(server.GetLocalNow().Date));
        Assert.Equal(new DateOnly(2027, 7, 1), clock.Today);
    }

    [Fact]
    public void The_date_of_a_stored_moment_is_the_councils_date_when_it_happened()
    {
        var clock = new CouncilClock(new At(DateTimeOffset.UnixEpoch), UnitedKingdom);

        Assert.Equal(new DateOnly(2026, 10, 25), clock.DateOf(new DateTimeOffset(2026, 10, 24, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 10, 25), clock.DateOf(new DateTimeOffset(2026, 10, 25, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_time_zone_the_server_does_not_know_is_refused_with_the_setting_named()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => CouncilClock.FindZone("Europe/Atlantis", "Council:TimeZone"));

        Assert.Contains("Council:TimeZone", refused.Message, StringComparison.Ordinal);
    }

    private sealed class At(DateTimeOffset now, TimeZoneInfo? local = null) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => local ?? TimeZoneInfo.Utc;
    }
}
