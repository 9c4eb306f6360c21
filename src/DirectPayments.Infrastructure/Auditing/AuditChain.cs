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

    /// <summary>The key's bytes; none when not configured. Too short or not base64 stops the portal at start.</summary>
    public byte[]? KeyBytes()
    {
        if (string.IsNullOrWhiteSpace(ChainKey))
        {
            return null;
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(ChainKey.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(ChainKey)} is not base64.");
        }

        return key.Length >= 32 ? key : throw new InvalidOperationException($"{SectionName}:{nameof(ChainKey)} must be at least 32 bytes.");
    }
}

/// <summary>The end of the audit chain: the last place given and its hash (one row), and where keyed sealing began.</summary>
public sealed class AuditChainHead
{
    public const int TheHead = 1;

    public AuditChainHead(long sequence, string hash, long? keyedFrom = null, string? keyedFromSeal = null)
    {
        (Id, Sequence, Hash, KeyedFrom, KeyedFromSeal) = (TheHead, sequence, hash, keyedFrom, keyedFromSeal);
    }

    public int Id { get; private set; }

    public long Sequence { get; private set; }

    public string Hash { get; private set; }

    /// <summary>The first place sealed with the key; every place from it on is an HMAC.</summary>
    public long? KeyedFrom { get; private set; }

    /// <summary>An HMAC of <see cref="KeyedFrom"/>, so that nobody without the key can move where keyed sealing began.</summary>
    public string? KeyedFromSeal { get; private set; }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64).IsRequired();
        builder.Property(h => h.KeyedFromSeal).HasMaxLength(64);
    }
}

/// <summary>
/// Seals audit entries into a hash chain in the order they are sealed (not the order of their ids, which commits can
/// overtake), and checks it. Each seal is one transaction that also moves the chain's head only if no other sealer
/// moved it meanwhile, so several instances never give two entries one place. The chain shows changes made after
/// sealing by anyone without the portal's code; keeping the head's hash outside the database too (the log records it
/// at each seal) shows a rewrite of the whole chain.
/// </summary>
public sealed class AuditChain(DirectPaymentsDbContext db, IOptions<AuditChainOptions> options, ILogger<AuditChain> logger) : IAuditChain
{
    public const string Start = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int Batch = 500;

    private readonly byte[]? key = options.Value.KeyBytes();

    public async Task<int> SealAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var sealedCount = await db.InTransactionAsync(async c =>
            {
                var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.TheHead, c);
                if (head?.KeyedFrom is not null && key is null)
                {
                    // Sealing on with a plain hash would break a keyed chain: wait for the key to be configured again.
                    logger.LogError("The audit chain is sealed with a key from entry {KeyedFrom}, but {Setting} is not configured: nothing is sealed", head.KeyedFrom, "Audit:ChainKey");
                    return 0;
                }

                var (sequence, hash) = head is null ? (0L, Start) : (head.Sequence, head.Hash);
                var from = sequence;

                // Keyed sealing begins at the next place as soon as a key is configured, even with nothing to seal, so
                // that a check with the key always finds where it began.
                var keyedFrom = head?.KeyedFrom ?? (key is null ? null : from + 1);
                var keyedFromSeal = head?.KeyedFrom is not null ? head.KeyedFromSeal : keyedFrom is { } begins ? KeyedFromSealOf(begins) : null;
                var entries = await db.Set<AuditEntry>().Where(e => e.ChainSequence == null).OrderBy(e => e.Id).Take(Batch).ToListAsync(c);
                if (entries.Count == 0 && keyedFrom == head?.KeyedFrom)
                {
                    return 0;
                }

                foreach (var entry in entries)
                {
                    sequence++;
                    hash = HashOf(hash, sequence, entry, sequence >= keyedFrom ? key : null);
                    entry.Seal(sequence, hash);
                }

                if (head is null)
                {
                    db.Add(new AuditChainHead(sequence, hash, keyedFrom, keyedFromSeal));
                }
                else if (await db.Set<AuditChainHead>()
                    .Where(h => h.Id == AuditChainHead.TheHead && h.Sequence == from)
                    .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash)
                        .SetProperty(h => h.KeyedFrom, keyedFrom).SetProperty(h => h.KeyedFromSeal, keyedFromSeal), c) == 0)
                {
                    throw new HeadMovedException();
                }

                await db.SaveChangesAsync(c);
                logger.LogInformation("Audit chain sealed to {Sequence} with head {Hash} (keyed from {KeyedFrom})", sequence, hash, keyedFrom);
                return entries.Count;
            }, cancellationToken);
            db.ChangeTracker.Clear();
            return sealedCount;
        }
        catch (Exception e) when (e is HeadMovedException || (e is DbUpdateException update && db.IsDuplicate(update)))
        {
            // Another sealer moved the head first, or made it at the same moment: it sealed these (or will); nothing
            // was written here.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    public async Task<AuditChainCheck> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.TheHead, cancellationToken);
        var keyedFrom = head?.KeyedFrom;
        if (keyedFrom is { } start && key is null)
        {
            return await CheckAsync(start - 1, start, $"entries from {start} are sealed with the council's key, but no key (Audit:ChainKey) is configured to check them", cancellationToken);
        }

        if (key is not null && head is not null && (keyedFrom is null || !string.Equals(head.KeyedFromSeal, KeyedFromSealOf(keyedFrom.Value), StringComparison.Ordinal)))
        {
            // Keyed sealing begins at the first seal after the key is configured; where it began was removed or moved
            // by someone without the key, to pass off entries rehashed without it.
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

                hash = HashOf(hash, expected, entry, expected >= keyedFrom ? key : null);
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

        return (await CheckAsync(sealedCount, null, null, cancellationToken)) with { KeyedFrom = keyedFrom };
    }

    private async Task<AuditChainCheck> CheckAsync(long sealedCount, long? brokenAt, string? problem, CancellationToken cancellationToken) =>
        new(sealedCount, await db.Set<AuditEntry>().LongCountAsync(e => e.ChainSequence == null, cancellationToken), brokenAt, problem);

    private string KeyedFromSealOf(long keyedFrom) =>
        Convert.ToHexString(HMACSHA256.HashData(key!, JsonSerializer.SerializeToUtf8Bytes(new object[] { "keyed-from", keyedFrom }))).ToLowerInvariant();

    /// <summary>
    /// The seal of one place: a hash of the previous seal, the place and every field of the entry (as JSON, so no two
    /// entries read alike); an HMAC with the council's key from where keyed sealing began, else SHA-256.
    /// </summary>
    private static string HashOf(string previous, long sequence, AuditEntry entry, byte[]? key)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            previous, sequence, entry.Id, entry.OccurredAt.UtcTicks, entry.UserId, entry.UserName, entry.EntityType, entry.EntityId,
            entry.CaseId?.ToString(), entry.Action, entry.Changes, entry.Description,
        });
        return Convert.ToHexString(key is null ? SHA256.HashData(content) : HMACSHA256.HashData(key, content)).ToLowerInvariant();
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
