using System.Globalization;
using DirectPayments.Domain.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DirectPayments.Infrastructure.Time;

/// <summary>
/// The council's clock in the container: the real time, or in Development and Testing a time set by
/// <c>Clock:Now</c>, so that a browser test or a demo can say which day it is. The zone is <c>Council:TimeZone</c>.
/// </summary>
public static class CouncilTime
{
    public const string NowSetting = "Clock:Now";
    public const string TimeZoneSetting = "Council:TimeZone";

    public static IServiceCollection AddCouncilClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var zone = CouncilClock.FindZone(configuration[TimeZoneSetting], TimeZoneSetting);
        if (SetNow(configuration[NowSetting], zone, environment) is { } start)
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new RunningFromTimeProvider(start, TimeProvider.System));
        }
        else
        {
            services.TryAddSingleton(TimeProvider.System);
        }

        services.TryAddSingleton(sp => new CouncilClock(sp.GetRequiredService<TimeProvider>(), zone));
        return services;
    }

    /// <summary>
    /// Reads <c>Clock:Now</c>: a date ("2027-03-31", 10:00 that day), a council wall-clock time ("2027-03-31T00:30")
    /// or an instant with its offset. Refused outside Development and Testing: a live council's portal must never pay
    /// or date a letter by a clock somebody set.
    /// </summary>
    public static DateTimeOffset? SetNow(string? value, TimeZoneInfo zone, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"{NowSetting} is set, but the environment is {environment.EnvironmentName}: a set clock is only for Development and Testing. Remove the setting.");
        }

        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return AtCouncilTime(day.ToDateTime(new TimeOnly(10, 0)), zone);
        }

        var hasOffset = text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        if (!hasOffset && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return AtCouncilTime(wallClock, zone);
        }

        throw new InvalidOperationException($"{NowSetting} is '{value}': give a date (2027-03-31), a time (2027-03-31T00:30) or an instant (2027-03-30T23:30Z).");
    }

    private static DateTimeOffset AtCouncilTime(DateTime wallClock, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            // The hour the clocks go forward does not exist: take the same minutes an hour later.
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}

/// <summary>A clock that starts at a set moment and then runs at the real clock's pace.</summary>
public sealed class RunningFromTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _start;
    private readonly TimeProvider _real;
    private readonly long _startedAt;

    public RunningFromTimeProvider(DateTimeOffset start, TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(real);
        _start = start;
        _real = real;
        _startedAt = real.GetTimestamp();
    }

    public override DateTimeOffset GetUtcNow() => _start.ToUniversalTime() + _real.GetElapsedTime(_startedAt);
}
