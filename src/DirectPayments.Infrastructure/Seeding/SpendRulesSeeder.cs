using System.Text.Json;
using System.Text.Json.Serialization;
using DirectPayments.Domain.Accounts;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>The council's starting rules for reading card spending (Data/Seed/spend-rules.json), loaded once in every installation.</summary>
public sealed class SpendRulesSeeder(DirectPaymentsDbContext db)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Set<SpendCategoryRule>().AnyAsync(cancellationToken))
        {
            return;
        }

        await using var stream = typeof(SpendRulesSeeder).Assembly.GetManifestResourceStream("DirectPayments.Seed.spend-rules.json")
            ?? throw new InvalidOperationException("The spend rules seed is not embedded in the Infrastructure assembly.");
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException("The spend rules seed is empty.");
        foreach (var rule in seed.Rules)
        {
            db.Add(new SpendCategoryRule(rule.Name, rule.Priority, rule.MccFrom, rule.MccTo, rule.MerchantContains, rule.Category, rule.Flag ?? SpendConcern.None));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed record SeedFile(IReadOnlyList<SeedRule> Rules);

    internal sealed record SeedRule(string Name, int Priority, int? MccFrom, int? MccTo, string? MerchantContains, SpendCategory? Category, SpendConcern? Flag);
}
