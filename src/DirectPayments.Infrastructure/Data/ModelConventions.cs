using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Data;

/// <summary>Conventions shared by every provider: how domain value types are stored.</summary>
internal static class ModelConventions
{
    public static void Apply(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
    }
}
