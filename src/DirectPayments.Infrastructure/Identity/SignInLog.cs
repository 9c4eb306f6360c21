using DirectPayments.Domain.Auditing;
using DirectPayments.Infrastructure.Data;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>
/// The audit trail of signing in and out: each sign-in, each failure (against a real account or an address with none),
/// each lock-out and each sign-out, in words, so that a council can see who tried what against which account.
/// </summary>
public sealed class SignInLog(DirectPaymentsDbContext db, TimeProvider clock)
{
    /// <summary>The account an attempt was made on, for an address with no account: the address as typed.</summary>
    public const string NoAccount = "no-account";

    public async Task RecordAsync(string userId, string userName, string what, CancellationToken cancellationToken = default)
    {
        db.Add(AuditEntry.AccountEvent(clock.GetUtcNow(), userId, userName, what));
        await db.SaveChangesAsync(cancellationToken);
    }
}
