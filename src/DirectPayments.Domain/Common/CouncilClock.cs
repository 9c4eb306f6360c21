namespace DirectPayments.Domain.Common;

/// <summary>
/// The council's one clock: "now" and "today" as they are in the council's time zone (the United Kingdom), whatever
/// the server's own zone, from one <see cref="TimeProvider"/> that tests and the demo can set. Every date the portal
/// works out from "today" (a payment period, a financial year, a review's due date) starts here.
/// </summary>
public sealed class CouncilClock
{
    /// <summary>The zone every English council works in: GMT in winter, British Summer Time in summer.</summary>
    public const string DefaultTimeZone = "Europe/London";

    private readonly TimeProvider _time;

    public CouncilClock(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(zone);
        _time = time;
        Zone = zone;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The moment, as stored: audit entries, letters and runs keep an instant, not a local time.</summary>
    public DateTimeOffset UtcNow => _time.GetUtcNow();

    /// <summary>The moment as a clock on the council's wall shows it.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(_time.GetUtcNow(), Zone);

    /// <summary>The council's date today.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The council's date at a stored moment (a letter sent at 00:30 on 1 April in summer was sent on 1 April).</summary>
    public DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>A stored moment as the council's wall clock showed it.</summary>
    public DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The zone named by a setting, with a message that says which setting when the name is wrong.</summary>
    public static TimeZoneInfo FindZone(string? name, string setting)
    {
        var id = string.IsNullOrWhiteSpace(name) ? DefaultTimeZone : name.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException($"{setting} is '{id}', which is not a time zone this server knows. Use an IANA name such as {DefaultTimeZone}.", e);
        }
    }
}
