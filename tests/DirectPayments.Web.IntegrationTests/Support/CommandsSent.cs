using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// The commands each context sends, for a test that counts what a read asks of the database: given to the portal as an
/// <see cref="IInterceptor"/>, and read for one context only, as the portal's own work may run alongside.
/// </summary>
internal sealed class CommandsSent : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(DbContext? Context, string Text)> sent = new();

    /// <summary>Every context's, for a request whose context the test cannot reach (nothing else may run alongside).</summary>
    public List<string> All => [.. sent.Select(c => c.Text)];

    public List<string> Of(DbContext context) => [.. sent.Where(c => ReferenceEquals(c.Context, context)).Select(c => c.Text)];

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        sent.Enqueue((eventData.Context, command.CommandText));
        return ValueTask.FromResult(result);
    }
}
