using System.Globalization;
using System.Text.Json;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Infrastructure.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, changed or deleted <see cref="IAudited"/> record,
/// and bumps the version of every changed <see cref="IVersioned"/> record, inside the same SaveChanges
/// (and so the same transaction) as the change. Shared by every pooled context: who is acting is the current user of
/// the scope the context is lent to.
/// </summary>
public sealed class AuditingInterceptor(TimeProvider timeProvider) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null)
        {
            Capture(eventData.Context);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null)
        {
            Capture(eventData.Context);
        }

        return ValueTask.FromResult(result);
    }

    private void Capture(DbContext context)
    {
        var now = timeProvider.GetUtcNow();
        var currentUser = ActingIn(context);
        var pending = new List<(EntityEntry Entry, string Action, Dictionary<string, object?> Changes)>();
        TouchAggregateRoots(context);

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }

            if (entry.Entity is IAudited)
            {
                pending.Add((entry, entry.State.ToString(), ChangesOf(entry)));
            }
        }

        foreach (var (entry, action, changes) in pending)
        {
            if (action == nameof(EntityState.Modified) && changes.Count == 0)
            {
                continue;
            }

            context.Add(new AuditEntry(
                now,
                currentUser.UserId,
                currentUser.UserName,
                entry.Metadata.ClrType.Name,
                KeyOf(entry),
                ((IAudited)entry.Entity).AuditCaseId,
                action switch
                {
                    nameof(EntityState.Added) => "Created",
                    nameof(EntityState.Deleted) => "Deleted",
                    _ => "Updated",
                },
                JsonSerializer.Serialize(changes)));
        }
    }

    private static ICurrentUser ActingIn(DbContext context) =>
        context is Data.DirectPaymentsDbContext { LentTo: { } scope } ? scope.GetRequiredService<ICurrentUser>()
            : throw new InvalidOperationException("A change is audited only through a context lent to a scope (DirectPaymentsDbContext from the scope's services).");

    /// <summary>
    /// A change to a part of an aggregate (a child it owns, deleted with it) is a change to the aggregate: its root's
    /// version goes up too, so that two people editing the same plan through different lines still collide.
    /// </summary>
    private static void TouchAggregateRoots(DbContext context)
    {
        var entries = context.ChangeTracker.Entries().ToList();
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            foreach (var foreignKey in entry.Metadata.GetForeignKeys()
                         .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && typeof(IVersioned).IsAssignableFrom(fk.PrincipalEntityType.ClrType)))
            {
                var keyValues = foreignKey.Properties.Select(p => entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue).ToArray();
                var root = entries.FirstOrDefault(e =>
                    e.Metadata == foreignKey.PrincipalEntityType
                    && e.State == EntityState.Unchanged
                    && foreignKey.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(keyValues));
                if (root is not null)
                {
                    root.Property(nameof(IVersioned.Version)).IsModified = true;
                }
            }
        }
    }

    private static Dictionary<string, object?> ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsConcurrencyToken || property.Metadata.Name == nameof(IVersioned.Version))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    if (!property.IsTemporary)
                    {
                        changes[property.Metadata.Name] = new { old = (string?)null, @new = Show(property.Metadata, property.CurrentValue) };
                    }

                    break;
                case EntityState.Deleted:
                    changes[property.Metadata.Name] = new { old = Show(property.Metadata, property.OriginalValue), @new = (string?)null };
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        changes[property.Metadata.Name] = new { old = Show(property.Metadata, property.OriginalValue), @new = Show(property.Metadata, property.CurrentValue) };
                    }

                    break;
            }
        }

        return changes;
    }

    private static string? Show(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // Account and card numbers go into the audit trail masked, as on every page; only the payment file has them whole.
    private static readonly HashSet<string> AccountNumbers =
        [nameof(Domain.Payments.DirectPaymentAgreement.AccountIdentifier), nameof(Domain.Budgets.OneOffDirectPayment.PayeeAccountDigits)];

    // Values the database stores through a converter (Money as pence, an assessment's input as JSON) are
    // shown as people read them: Money by its own "£1,234.56", anything structured as its stored JSON.
    private static string? Show(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object? value)
    {
        if (value is string { Length: >= 4 } number && AccountNumbers.Contains(property.Name))
        {
            return "****" + number[^4..];
        }

        if (value is null or string or IFormattable or Domain.Common.Money)
        {
            return Show(value);
        }

        var converter = property.GetValueConverter();
        return converter is null ? Show(value) : Show(converter.ConvertToProvider(value));
    }

    // Audited records use client-generated Guid keys, so the key is known before the insert.
    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        var parts = key.Properties
            .Select(p => entry.Property(p.Name))
            .Select(p => p.IsTemporary ? "new" : Show(p.CurrentValue) ?? string.Empty);
        return string.Join(",", parts);
    }
}
