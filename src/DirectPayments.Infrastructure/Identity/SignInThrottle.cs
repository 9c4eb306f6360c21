using System.Security.Cryptography;
using System.Text;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>The "SignIn" configuration section: how many wrong passwords, from where, hold sign-in back, and for how long.</summary>
public sealed class SignInLimitOptions
{
    public const string SectionName = "SignIn";

    /// <summary>Wrong passwords for one address from one client before that client is held back from that address.</summary>
    public int PerAddressFromOneClient { get; set; } = 5;

    /// <summary>
    /// Wrong passwords for one address from anywhere before it is held back everywhere: high enough that nobody
    /// locks a member of staff out from one machine, low enough to stop guessing spread over many (ASVS 2.2.1: fewer
    /// than 100 an hour).
    /// </summary>
    public int PerAddress { get; set; } = 20;

    /// <summary>Wrong passwords from one client, for any addresses, before it is held back from signing in at all.</summary>
    public int PerClient { get; set; } = 50;

    /// <summary>How long failures are counted together, and how long a limit reached holds sign-in back.</summary>
    public int Minutes { get; set; } = 15;
}

/// <summary>
/// Counts wrong passwords by address, by client and by both, and holds sign-in back when a count is reached. It counts
/// every address alike, whether it has an account or not, so the answer ("locked, try again later") never tells
/// anyone who has one. Counters are rows in the shared database, so every instance holds the same limits; the keys are
/// hashes, so the table holds no address anyone typed.
/// </summary>
public sealed class SignInThrottle(DirectPaymentsDbContext db, TimeProvider clock, IOptions<SignInLimitOptions> options)
{
    private SignInLimitOptions Limits => options.Value;

    /// <summary>How long a limit reached holds sign-in back.</summary>
    public int Minutes => Limits.Minutes;

    /// <summary>Whether this address, from this client, may not try a password now.</summary>
    public async Task<bool> HoldsBackAsync(string address, string client, CancellationToken cancellationToken = default)
    {
        var keys = Keys(address, client).Select(k => k.Key).ToList();
        var now = clock.GetUtcNow();
        return await db.Set<SignInCounter>().AnyAsync(c => keys.Contains(c.Key) && c.LockedUntil > now, cancellationToken);
    }

    /// <summary>
    /// Counts a wrong password (or code); when this one reached a limit, which, in words (the address is held back from
    /// now), naming the failures as <paramref name="failures"/> says ("wrong passwords", "wrong codes or passwords").
    /// </summary>
    public async Task<string?> FailedAsync(string address, string client, string failures = "wrong passwords", CancellationToken cancellationToken = default)
    {
        string? reached = null;
        foreach (var (key, limit, what, addressKey) in Keys(address, client))
        {
            if (await CountAsync(key, addressKey, limit, cancellationToken))
            {
                reached ??= $"{limit} {failures} {what} within {Limits.Minutes} minutes";
            }
        }

        return reached;
    }

    /// <summary>The right password: this client's count against this address starts again (the others do not).</summary>
    public Task SucceededAsync(string address, string client, CancellationToken cancellationToken = default)
    {
        var key = Hash("address-client", Normalise(address) + "\n" + client);
        return db.Set<SignInCounter>().Where(c => c.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// The owner reset the password from their inbox: their address is no longer held back, everywhere or from where
    /// they are (a guesser elsewhere stays held back from it).
    /// </summary>
    public Task ForgiveAsync(string address, string client, CancellationToken cancellationToken = default)
    {
        var keys = Keys(address, client).Take(2).Select(k => k.Key).ToList();
        return db.Set<SignInCounter>().Where(c => keys.Contains(c.Key)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Whether this address is held back now, anywhere (from any client, or everywhere).</summary>
    public async Task<bool> HoldsBackAnywhereAsync(string address, CancellationToken cancellationToken = default)
    {
        var addressKey = AddressKey(address);
        var now = clock.GetUtcNow();
        return await db.Set<SignInCounter>().AnyAsync(c => (c.AddressKey == addressKey || c.Key == addressKey) && c.LockedUntil > now, cancellationToken);
    }

    /// <summary>
    /// An administrator lets the person sign in again now: every count and hold-back against this address goes, from
    /// everywhere (a guesser's too, who starts counting again; the count from their client for any address stays).
    /// </summary>
    public Task<int> LiftAsync(string address, CancellationToken cancellationToken = default)
    {
        var addressKey = AddressKey(address);
        return db.Set<SignInCounter>().Where(c => c.AddressKey == addressKey || c.Key == addressKey).ExecuteDeleteAsync(cancellationToken);
    }

    private IEnumerable<(string Key, int Limit, string What, string? AddressKey)> Keys(string address, string client)
    {
        var normalised = Normalise(address);
        var addressKey = AddressKey(address);
        yield return (Hash("address-client", normalised + "\n" + client), Limits.PerAddressFromOneClient, "for this address from one place", addressKey);
        yield return (addressKey, Limits.PerAddress, "for this address from anywhere", addressKey);
        yield return (Hash("client", client), Limits.PerClient, "from one place for any addresses", null);
    }

    private static string AddressKey(string address) => Hash("address", Normalise(address));

    /// <summary>One more failure on a counter, in single statements, so that failures at the same moment all count.</summary>
    private async Task<bool> CountAsync(string key, string? addressKey, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var window = TimeSpan.FromMinutes(Limits.Minutes);
        var counters = db.Set<SignInCounter>();
        var windowOpened = now - window;
        // Each step changes only the row it was written for, so a request that lost a race to another never undoes
        // the other's count (starting afresh is only for a count whose window has closed).
        for (var attempt = 0; ; attempt++)
        {
            if (await counters.Where(c => c.Key == key && c.Since > windowOpened)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Failures, c => c.Failures + 1), cancellationToken) > 0
                || await counters.Where(c => c.Key == key && c.Since <= windowOpened)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Failures, 1).SetProperty(c => c.Since, now), cancellationToken) > 0)
            {
                break;
            }

            db.Add(new SignInCounter(key, now, addressKey));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException e) when (db.IsDuplicate(e) && attempt < 3)
            {
                // Another request made the counter first: count on it instead.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        // The count reached: hold back until the lock ends, and count afresh after it.
        var until = now + window;
        return await counters.Where(c => c.Key == key && c.Failures >= limit)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LockedUntil, until).SetProperty(c => c.Failures, 0).SetProperty(c => c.Since, now), cancellationToken) > 0;
    }

    private static string Normalise(string address) => address.Trim().ToUpperInvariant();

    private static string Hash(string kind, string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(kind + ":" + value)));
}

/// <summary>Wrong passwords counted against one key (an address, a client, or both), and until when it is held back.</summary>
public sealed class SignInCounter
{
    public SignInCounter(string key, DateTimeOffset since, string? addressKey = null)
    {
        (Key, Since, Failures, AddressKey) = (key, since, 1, addressKey);
    }

    /// <summary>A SHA-256 of what is counted, so the table holds no address typed.</summary>
    public string Key { get; private set; }

    /// <summary>
    /// For a count against an address (from anywhere, or from one client), the address's own key: what an
    /// administrator's "let them sign in now" finds them by, since the client is hashed in with the address.
    /// </summary>
    public string? AddressKey { get; private set; }

    public int Failures { get; private set; }

    /// <summary>When this count began; failures older than the window are not counted.</summary>
    public DateTimeOffset Since { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }
}

internal sealed class SignInCounterConfiguration : IEntityTypeConfiguration<SignInCounter>
{
    public void Configure(EntityTypeBuilder<SignInCounter> builder)
    {
        builder.ToTable("SignInCounters");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.Property(c => c.AddressKey).HasMaxLength(64);
        builder.HasIndex(c => c.AddressKey);
    }
}
