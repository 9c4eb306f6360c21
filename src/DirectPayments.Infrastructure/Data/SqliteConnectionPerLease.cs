using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// SQLite only (docs/adr/0029): once a lent context has opened its connection, it stays open until the context goes
/// back to the pool. EF Core otherwise opens and closes it around every query, and every open registers the provider's
/// SQL functions on the connection again, which costs more than a small query. A scope that makes no query (most
/// security-stamp checks) opens nothing.
/// </summary>
internal sealed class SqliteConnectionPerLease : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Keep(eventData);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Keep(eventData);
        return Task.CompletedTask;
    }

    // The connection is already open, so this only counts one more user of it, which nothing closes: EF Core's own
    // close after the query leaves it open, and returning the context to the pool closes it.
    private static void Keep(ConnectionEndEventData eventData) => eventData.Context?.Database.OpenConnection();
}
