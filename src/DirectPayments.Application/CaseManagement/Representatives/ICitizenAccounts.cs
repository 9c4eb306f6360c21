namespace DirectPayments.Application.CaseManagement.Representatives;

/// <summary>A person's account as the case manager's pages name it.</summary>
/// <remarks>
/// <paramref name="EmailConfirmed"/>: its owner followed the link e-mailed to the address. Only such an account can be
/// recorded as acting for someone, or whoever registered a relative's address first would get the relative's case.
/// </remarks>
public sealed record PersonAccount(string UserId, string DisplayName, string Email, bool EmailConfirmed = true);

/// <summary>
/// The portal's sign-in accounts, as the case manager's journeys need them: someone who acts for a person signs in with
/// their own citizen account, so it must exist before the council records them. Infrastructure implements it over the
/// identity store.
/// </summary>
public interface ICitizenAccounts
{
    /// <summary>The citizen account with this e-mail address; none when there is none, or it is not a citizen's.</summary>
    Task<PersonAccount?> FindCitizenByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the address is a member of staff's sign-in: such an address can never accept an invitation to act (that
    /// needs a citizen account for the address), and a council officer does not act for someone on their own caseload.
    /// </summary>
    Task<bool> IsStaffAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The accounts with these ids, those that exist.</summary>
    Task<IReadOnlyList<PersonAccount>> FindAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);
}
