using DirectPayments.Domain.Auditing;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// The one data model of the portal, Identity included. Each database provider has a thin sealed
/// subclass only so that each keeps its own migration chain (see docs/adr/0003).
/// </summary>
public abstract class DirectPaymentsDbContext : IdentityDbContext<ApplicationUser>
{
    protected DirectPaymentsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DirectPaymentsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sort DateTimeOffset; UTC ticks sort the same on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        ModelConventions.Apply(configurationBuilder);
    }
}

/// <summary>SQLite: the embedded default and the test database.</summary>
public sealed class SqliteDirectPaymentsDbContext(DbContextOptions<SqliteDirectPaymentsDbContext> options)
    : DirectPaymentsDbContext(options);

/// <summary>SQL Server: production.</summary>
public sealed class SqlServerDirectPaymentsDbContext(DbContextOptions<SqlServerDirectPaymentsDbContext> options)
    : DirectPaymentsDbContext(options);
