using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DirectPayments.Infrastructure.Data;

// dotnet ef builds the contexts from these, so no running app or database is needed to add a
// migration or to script the SQL Server chain. The two contexts are siblings, never parent and child:
// IDesignTimeDbContextFactory is covariant, and a derived context's factory would be picked for the base.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDirectPaymentsDbContext>
{
    public SqliteDirectPaymentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDirectPaymentsDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDirectPaymentsDbContext>
{
    public SqlServerDirectPaymentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDirectPaymentsDbContext>()
            .UseSqlServer("Server=localhost;Database=DirectPayments;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlDirectPaymentsDbContext>
{
    public PostgreSqlDirectPaymentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlDirectPaymentsDbContext>()
            .UseNpgsql("Host=localhost;Database=directpayments;Username=directpayments")
            .Options);
}
