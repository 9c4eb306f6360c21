using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.SpendRules;

/// <summary>What a rule for reading card spending says: what it matches, and the category or flag it gives.</summary>
public sealed record SpendRuleDetails(
    string Name, int Priority, int? MccFrom, int? MccTo, string? MerchantContains, SpendCategory? Category, SpendConcern Flag);

/// <summary>Finance adds a rule for reading card spending; it applies to statements imported from then on.</summary>
public sealed class AddSpendRule(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(SpendRuleDetails rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return runner.RunAsync($"added the rule for reading card spending \"{rule.Name.Trim()}\"", (work, _) =>
        {
            work.Add(new SpendCategoryRule(rule.Name, rule.Priority, rule.MccFrom, rule.MccTo, rule.MerchantContains, rule.Category, rule.Flag));
            return Task.CompletedTask;
        }, cancellationToken);
    }
}

/// <summary>Finance changes a rule, as it stood when they opened it; someone else's change since then refuses it.</summary>
public sealed class ChangeSpendRule(CommandRunner runner)
{
    public const string ChangedMessage = "Someone else changed this rule while you were editing it. Check it and try again.";

    public Task<CommandResult> RunAsync(Guid ruleId, long versionSeen, SpendRuleDetails rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return runner.RunAsync($"changed the rule for reading card spending \"{rule.Name.Trim()}\"", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            var existing = await work.Db.Set<SpendCategoryRule>().SingleOrDefaultAsync(r => r.Id == ruleId, c);
            if (existing is null)
            {
                CommandWork.NotFound();
            }

            work.ExpectVersion(existing, versionSeen);
            existing.Change(rule.Name, rule.Priority, rule.MccFrom, rule.MccTo, rule.MerchantContains, rule.Category, rule.Flag);
        }, cancellationToken);
    }
}

/// <summary>The council's rules for reading card spending, in the order they are tried.</summary>
public sealed class SpendRulePages(IPortalDb db)
{
    public async Task<IReadOnlyList<SpendCategoryRule>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.Set<SpendCategoryRule>().AsNoTracking().ToListAsync(cancellationToken)).OrderBy(r => r.Priority).ThenBy(r => r.Name, StringComparer.Ordinal)];

    public Task<SpendCategoryRule?> FindAsync(Guid ruleId, CancellationToken cancellationToken = default) =>
        db.Set<SpendCategoryRule>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == ruleId, cancellationToken);
}
