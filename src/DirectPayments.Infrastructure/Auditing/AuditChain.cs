using System.Security.Cryptography;
using System.Text.Json;
using DirectPayments.Application.Administration.AuditTrail;
using DirectPayments.Domain.Auditing;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Auditing;

/// <summary>The "Audit" configuration section.</summary>
public sealed class AuditChainOptions
{
    public const string SectionName = "Audit";

    /// <summary>How often new audit entries are sealed into the chain.</summary>
    public int SealEverySeconds { get; set; } = 10;

    /// <summary>
    /// The council's secret key for the chain (base64, at least 32 bytes), kept outside the database (a secret store,
    /// an environment variable): with it every seal is an HMAC, which someone who can write to the database cannot
    /// recompute, so they cannot rewrite the trail and its chain together. Empty: plain SHA-256 (a warning outside
    /// Development).
    /// </summary>
    public string? ChainKey { get; set; }

    /// <summary>
    /// Keys used before <see cref="ChainKey"/>, kept to check the places they sealed. To change the key, move the old
    /// one here and put the new one in <see cref="ChainKey"/>: sealing goes on with the new key from the next place.
    /// </summary>
    public string[] PreviousChainKeys { get; set; } = [];

    /// <summary>The key's bytes; none when not configured. Too short or not base64 stops the portal at start.</summary>
    public byte[]? KeyBytes() => string.IsNullOrWhiteSpace(ChainKey) ? null : Decode(ChainKey, nameof(ChainKey));

    /// <summary>The previous keys' bytes, in the order given.</summary>
    public IReadOnlyList<byte[]> PreviousKeyBytes() =>
        [.. PreviousChainKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select((k, i) => Decode(k, $"{nameof(PreviousChainKeys)}:{i}"))];

    private static byte[] Decode(string value, string setting)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{SectionName}:{setting} is not base64.");
        }

        return key.Length >= 32 ? key : throw new InvalidOperationException($"{SectionName}:{setting} must be at least 32 bytes.");
    }
}

/// <summary>The end of the audit chain: the last place given and its hash (one row).</summary>
public sealed class AuditChainHead
{
    public const int TheHead = 1;

    public AuditChainHead(long sequence, string hash)
    {
        (Id, Sequence, Hash) = (TheHead, sequence, hash);
    }

    public int Id { get; private set; }

    public long Sequence { get; private set; }

    public string Hash { get; private set; }
}

/// <summary>
/// Where sealing with one of the council's keys began: every place from <see cref="From"/> until the next key's is an
/// HMAC with that key. <see cref="Seal"/> is an HMAC of the place with the same key, which both says which configured
/// key it is (without keeping anything of the key in the database) and stops anyone without it moving or adding one.
/// </summary>
public sealed class AuditChainKeyPeriod
{
    public AuditChainKeyPeriod(long from, string seal)
    {
        (From, Seal) = (from, seal);
    }

    public long From { get; private set; }

    public string Seal { get; private set; }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64).IsRequired();
    }
}

internal sealed class AuditChainKeyPeriodConfiguration : IEntityTypeConfiguration<AuditChainKeyPeriod>
{
    public void Configure(EntityTypeBuilder<AuditChainKeyPeriod> builder)
    {
        // The place is the key: two instances beginning a period at the same place make one (the other rolls back).
        builder.ToTable("AuditChainKeyPeriods");
        builder.HasKey(p => p.From);
        builder.Property(p => p.From).ValueGeneratedNever();
        builder.Property(p => p.Seal).HasMaxLength(64).IsRequired();
    }
}

/// <summary>
/// Seals audit entries into a hash chain in the order they are sealed (not the order of their ids, which commits can
/// overtake), and checks it. Each seal is one transaction that also moves the chain's head only if no other sealer
/// moved it meanwhile, so several instances never give two entries one place. The chain shows changes made after
/// sealing by anyone without the portal's code; keeping the head's hash outside the database too (the log records it
/// at each seal) shows a rewrite of the whole chain. With the council's key, seals are HMACs nobody without the key can
/// recompute; the key can be changed, each key sealing a period of the chain (<see cref="AuditChainKeyPeriod"/>).
/// </summary>
public sealed class AuditChain(DirectPaymentsDbContext db, IOptions<AuditChainOptions> options, ILogger<AuditChain> logger) : IAuditChain
{
    public const string Start = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int Batch = 500;

    private readonly byte[]? key = options.Value.KeyBytes();

    private readonly IReadOnlyList<byte[]> previousKeys = options.Value.PreviousKeyBytes();

    public async Task<int> SealAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var sealedCount = await db.InTransactionAsync(async c =>
            {
                var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.TheHead, c);
                var periods = await db.Set<AuditChainKeyPeriod>().AsNoTracking().OrderBy(p => p.From).ToListAsync(c);
                var (sequence, hash) = head is null ? (0L, Start) : (head.Sequence, head.Hash);
                var from = sequence;
                var begins = BeginsHere(periods, from + 1);
                if (begins is { Refused: { } why })
                {
                    // Sealing on would break a keyed chain (a plain hash, or a key not known to follow the last one):
                    // wait until the keys are configured as they should be.
                    logger.LogError("The audit chain is not sealed: {Why}", why);
                    return 0;
                }

                // Keyed sealing (or a new key) begins at the next place as soon as the key is configured, even with
                // nothing to seal, so that a check with the key always finds where it began.
                var entries = await db.Set<AuditEntry>().Where(e => e.ChainSequence == null).OrderBy(e => e.Id).Take(Batch).ToListAsync(c);
                if (entries.Count == 0 && begins is null)
                {
                    return 0;
                }

                if (begins is { Replaces: { } empty })
                {
                    // The last key began here and sealed nothing: the new key takes its place.
                    await db.Set<AuditChainKeyPeriod>().Where(p => p.From == empty.From).ExecuteDeleteAsync(c);
                }

                if (begins is { Period: { } period })
                {
                    db.Add(period);
                }

                foreach (var entry in entries)
                {
                    sequence++;
                    hash = HashOf(hash, sequence, entry, key);
                    entry.Seal(sequence, hash);
                }

                if (head is null)
                {
                    db.Add(new AuditChainHead(sequence, hash));
                }
                else if (await db.Set<AuditChainHead>()
                    .Where(h => h.Id == AuditChainHead.TheHead && h.Sequence == from)
                    .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash), c) == 0)
                {
                    throw new HeadMovedException();
                }

                await db.SaveChangesAsync(c);
                logger.LogInformation("Audit chain sealed to {Sequence} with head {Hash} (keyed: {Keyed})", sequence, hash, key is not null);
                return entries.Count;
            }, cancellationToken);
            db.ChangeTracker.Clear();
            return sealedCount;
        }
        catch (Exception e) when (e is HeadMovedException || (e is DbUpdateException update && db.IsDuplicate(update)))
        {
            // Another sealer moved the head first, or made it (or a key period) at the same moment: it sealed these
            // (or will); nothing was written here.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    public async Task<AuditChainCheck> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.TheHead, cancellationToken);
        var periods = await db.Set<AuditChainKeyPeriod>().AsNoTracking().OrderBy(p => p.From).ToListAsync(cancellationToken);
        var keys = new List<(long From, byte[] Key)>();
        foreach (var period in periods)
        {
            if (KeyOf(period) is not { } found)
            {
                return await CheckAsync(period.From - 1, period.From, key is null && previousKeys.Count == 0
                    ? $"entries from {period.From} are sealed with the council's key, but no key (Audit:ChainKey) is configured to check them"
                    : $"entries from {period.From} are sealed with a key that is not configured (Audit:ChainKey or Audit:PreviousChainKeys), or where sealing with it began has been changed", cancellationToken);
            }

            keys.Add((period.From, found));
        }

        if (key is not null && head is not null && periods.Count == 0)
        {
            // Keyed sealing begins at the first seal after the key is configured; where it began was removed by
            // someone without the key, to pass off entries rehashed without it.
            return await CheckAsync(0, 1, "where sealing with the council's key began has been removed or changed", cancellationToken);
        }

        var expected = 1L;
        var hash = Start;
        while (true)
        {
            var from = expected;
            var batch = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.ChainSequence >= from).OrderBy(e => e.ChainSequence).Take(2000).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (entry.ChainSequence != expected)
                {
                    return await CheckAsync(expected - 1, expected, $"entry {expected} of the chain has been removed", cancellationToken);
                }

                var place = expected;
                hash = HashOf(hash, expected, entry, keys.LastOrDefault(k => k.From <= place).Key);
                if (!string.Equals(hash, entry.ChainHash, StringComparison.Ordinal))
                {
                    return await CheckAsync(expected - 1, expected, $"entry {expected} of the chain (audit entry {entry.Id}) has been changed since it was sealed", cancellationToken);
                }

                expected++;
            }

            if (batch.Count < 2000)
            {
                break;
            }
        }

        var sealedCount = expected - 1;
        if (head is not null && (head.Sequence != sealedCount || !string.Equals(head.Hash, hash, StringComparison.Ordinal)))
        {
            return await CheckAsync(sealedCount, sealedCount + 1, $"the chain ends at entry {sealedCount}, but {head.Sequence} were sealed: the last have been removed or changed", cancellationToken);
        }

        return (await CheckAsync(sealedCount, null, null, cancellationToken)) with
        {
            KeyedFrom = periods.Count > 0 ? periods[0].From : null,
            KeyChangedAt = [.. periods.Skip(1).Select(p => p.From)],
        };
    }

    /// <summary>
    /// Whether a key period begins at <paramref name="next"/>: with no key, none (or sealing is refused after a keyed
    /// period); with the key, one if the chain has none yet, or if the last period's key is a previous key (the key
    /// was changed). A last period under a key this instance does not know is left alone: another instance may have
    /// the newer key, and two keys taking turns would make a period for every seal.
    /// </summary>
    private (AuditChainKeyPeriod? Period, AuditChainKeyPeriod? Replaces, string? Refused)? BeginsHere(List<AuditChainKeyPeriod> periods, long next)
    {
        var last = periods.Count > 0 ? periods[^1] : null;
        if (key is null)
        {
            return last is null ? null : (null, null, $"entries from {last.From} are sealed with the council's key, but Audit:ChainKey is not configured");
        }

        if (last is null)
        {
            return (new AuditChainKeyPeriod(next, PeriodSealOf(key, next)), null, null);
        }

        if (string.Equals(last.Seal, PeriodSealOf(key, last.From), StringComparison.Ordinal))
        {
            return null;
        }

        if (!previousKeys.Any(k => string.Equals(last.Seal, PeriodSealOf(k, last.From), StringComparison.Ordinal)))
        {
            return (null, null, $"entries from {last.From} are sealed with a key that is neither Audit:ChainKey nor one of Audit:PreviousChainKeys");
        }

        return (new AuditChainKeyPeriod(next, PeriodSealOf(key, next)), last.From == next ? last : null, null);
    }

    /// <summary>The configured key (current or previous) that sealed where this period began; none if no key did.</summary>
    private byte[]? KeyOf(AuditChainKeyPeriod period) =>
        (key is null ? previousKeys : [key, .. previousKeys]).FirstOrDefault(k => string.Equals(period.Seal, PeriodSealOf(k, period.From), StringComparison.Ordinal));

    private async Task<AuditChainCheck> CheckAsync(long sealedCount, long? brokenAt, string? problem, CancellationToken cancellationToken) =>
        new(sealedCount, await db.Set<AuditEntry>().LongCountAsync(e => e.ChainSequence == null, cancellationToken), brokenAt, problem);

    private static string PeriodSealOf(byte[] periodKey, long from) =>
        Convert.ToHexString(HMACSHA256.HashData(periodKey, JsonSerializer.SerializeToUtf8Bytes(new object[] { "keyed-from", from }))).ToLowerInvariant();

    /// <summary>
    /// The seal of one place: a hash of the previous seal, the place and every field of the entry (as JSON, so no two
    /// entries read alike); an HMAC with the key of the period it is in, else (before any key) SHA-256.
    /// </summary>
    private static string HashOf(string previous, long sequence, AuditEntry entry, byte[]? placeKey)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            previous, sequence, entry.Id, entry.OccurredAt.UtcTicks, entry.UserId, entry.UserName, entry.EntityType, entry.EntityId,
            entry.CaseId?.ToString(), entry.Action, entry.Changes, entry.Description,
        });
        return Convert.ToHexString(placeKey is null ? SHA256.HashData(content) : HMACSHA256.HashData(placeKey, content)).ToLowerInvariant();
    }
}

/// <summary>Another sealer moved the chain's head since this one read it: this seal is rolled back.</summary>
internal sealed class HeadMovedException : Exception
{
}

/// <summary>Seals new audit entries every few seconds on every instance; the head's check keeps them from clashing.</summary>
public sealed class AuditChainBackgroundService(IServiceScopeFactory scopes, IOptions<AuditChainOptions> options, ILogger<AuditChainBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SealEverySeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var chain = scope.ServiceProvider.GetRequiredService<IAuditChain>();
                while (await chain.SealAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sealing the audit chain failed; it will try again");
            }
        }
    }
}
