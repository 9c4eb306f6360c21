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

/// <summary>
/// Seals audit entries into a hash chain in the order they are sealed (not the order of their ids, which commits can
/// overtake), and checks it. Each seal is one transaction that also moves the chain's head only if no other sealer
/// moved it meanwhile, so several instances never give two entries one place. The chain shows changes made after
/// sealing by anyone without the portal's code; keeping the head's hash outside the database too (the log records it
/// at each seal) shows a rewrite of the whole chain.
/// </summary>
public sealed class AuditChain(DirectPaymentsDbContext db, ILogger<AuditChain> logger) : IAuditChain
{
    public const string Start = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int Batch = 500;

    public async Task<int> SealAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var sealedCount = await db.InTransactionAsync(async c =>
            {
                var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.TheHead, c);
                var entries = await db.Set<AuditEntry>().Where(e => e.ChainSequence == null).OrderBy(e => e.Id).Take(Batch).ToListAsync(c);
                if (entries.Count == 0)
                {
                    return 0;
                }

                var (sequence, hash) = head is null ? (0L, Start) : (head.Sequence, head.Hash);
                var from = sequence;
                foreach (var entry in entries)
                {
                    sequence++;
                    hash = HashOf(hash, sequence, entry);
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
                logger.LogInformation("Audit chain sealed to {Sequence} with head {Hash}", sequence, hash);
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

                hash = HashOf(hash, expected, entry);
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
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.TheHead, cancellationToken);
        if (head is not null && (head.Sequence != sealedCount || !string.Equals(head.Hash, hash, StringComparison.Ordinal)))
        {
            return await CheckAsync(sealedCount, sealedCount + 1, $"the chain ends at entry {sealedCount}, but {head.Sequence} were sealed: the last have been removed or changed", cancellationToken);
        }

        return await CheckAsync(sealedCount, null, null, cancellationToken);
    }

    private async Task<AuditChainCheck> CheckAsync(long sealedCount, long? brokenAt, string? problem, CancellationToken cancellationToken) =>
        new(sealedCount, await db.Set<AuditEntry>().LongCountAsync(e => e.ChainSequence == null, cancellationToken), brokenAt, problem);

    /// <summary>SHA-256 of the previous hash, the place and every field of the entry, as JSON so no two entries read alike.</summary>
    private static string HashOf(string previous, long sequence, AuditEntry entry)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            previous, sequence, entry.Id, entry.OccurredAt.UtcTicks, entry.UserId, entry.UserName, entry.EntityType, entry.EntityId,
            entry.CaseId?.ToString(), entry.Action, entry.Changes, entry.Description,
        });
        return Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
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
