namespace DirectPayments.Application.Citizen;

/// <summary>
/// The names people gave when they made their accounts on the portal, for pages that show who someone is ("People who
/// act for you now") or suggest a name to start with. Infrastructure reads them from the accounts.
/// </summary>
public interface IAccountNames
{
    /// <summary>The name of one account, or null when there is no such account.</summary>
    Task<string?> NameOfAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The names of these accounts (accounts that do not exist are left out).</summary>
    Task<IReadOnlyList<string>> NamesOfAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);
}
