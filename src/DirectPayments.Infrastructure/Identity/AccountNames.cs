using DirectPayments.Application.Citizen;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>The names people gave their accounts, read from the accounts themselves.</summary>
public sealed class AccountNames(DirectPaymentsDbContext db) : IAccountNames
{
    public Task<string?> NameOfAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> NamesOfAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default) =>
        userIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => u.DisplayName).ToListAsync(cancellationToken);
}
