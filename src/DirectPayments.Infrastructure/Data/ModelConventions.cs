using DirectPayments.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DirectPayments.Infrastructure.Data;

/// <summary>Conventions shared by every provider: how domain value types are stored.</summary>
internal static class ModelConventions
{
    public static void Apply(ModelConfigurationBuilder configurationBuilder)
    {
        // Money as whole pence, so that every provider can sum, compare and sort it in the database.
        configurationBuilder.Properties<Money>().HaveConversion<MoneyToPenceConverter>();
        configurationBuilder.Properties<Money?>().HaveConversion<MoneyToPenceConverter>();

        // Enums as their names: readable in the database and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(60);
    }
}

internal sealed class MoneyToPenceConverter() : ValueConverter<Money, long>(
    money => money.Pence,
    pence => Money.FromPence(pence));
