namespace DirectPayments.Application.Account;

/// <summary>A person's sign-in account as the council's pages show it.</summary>
public sealed record AccountHolder(string Id, string Email, string DisplayName, DateTimeOffset? LockedUntil, bool MustChangePassword, bool HasAuthenticator = false)
{
    public bool LockedOutAt(DateTimeOffset now) => LockedUntil > now;

    /// <summary>An administrator disabled it: locked with no end (the year 9999, as the database keeps it).</summary>
    public bool Disabled => LockedUntil?.Year == DateTimeOffset.MaxValue.Year;
}

/// <summary>
/// An account to make: a citizen who registers, or a member of staff an administrator adds (whose e-mail address the
/// council knows, and who must change the one-time password at first sign-in).
/// </summary>
public sealed record NewAccount(string Email, string DisplayName, string Role, string Password, bool EmailConfirmed, bool MustChangePassword);

/// <summary>What stopped the account store, in the kinds a use case answers differently.</summary>
public enum AccountProblemKind
{
    /// <summary>There is already an account for this e-mail address.</summary>
    EmailInUse,

    /// <summary>The current password given to change a password is not the account's.</summary>
    WrongPassword,

    /// <summary>Anything else the store refused; its description says what.</summary>
    Other,
}

public sealed record AccountProblem(AccountProblemKind Kind, string Description);

/// <summary>The new account's id, or what stopped it being made.</summary>
public sealed record AccountCreation(string? UserId, IReadOnlyList<AccountProblem> Problems)
{
    public static AccountCreation Made(string userId) => new(userId, []);

    public static AccountCreation Refused(IReadOnlyList<AccountProblem> problems) => new(null, problems);
}

/// <summary>
/// The sign-in accounts (ASP.NET Identity's users and roles), as the use cases need them. Every change is written
/// through the same database as the command that asks for it, so the runner's transaction holds it: a refused
/// command leaves no account behind.
/// </summary>
public interface IIdentityAccounts
{
    /// <summary>Everyone who holds <paramref name="role"/>.</summary>
    Task<IReadOnlyList<AccountHolder>> InRoleAsync(string role, CancellationToken cancellationToken = default);

    /// <summary>The account, if there is one with this id and it holds <paramref name="role"/>.</summary>
    Task<AccountHolder?> FindInRoleAsync(string userId, string role, CancellationToken cancellationToken = default);

    /// <summary>
    /// The names of the accounts with these ids, by id, as a person is named on a page (the name they gave, else
    /// their e-mail address); an id with no account left is not in it.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>The id of the account with this e-mail address, if there is one.</summary>
    Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>What the account store's password rules say of a new password (none: it may be used).</summary>
    Task<IReadOnlyList<AccountProblem>> CheckNewPasswordAsync(string email, string password, CancellationToken cancellationToken = default);

    /// <summary>
    /// Does the work of hashing a new password and throws it away: a registration for an address that already has an
    /// account takes as long as one that makes an account, so the time taken does not tell who has one.
    /// </summary>
    void SpendAsLongAsMakingAnAccount(string password);

    /// <summary>Makes the account and gives it its role.</summary>
    Task<AccountCreation> CreateAsync(NewAccount account, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the password, and with it the need to change a one-time password. Null when there is no such account;
    /// otherwise what stopped the change (none when it was made).
    /// </summary>
    Task<IReadOnlyList<AccountProblem>?> ChangePasswordAsync(string userId, string currentPassword, string newPassword, CancellationToken cancellationToken = default);

    /// <summary>
    /// Disables the account (it cannot sign in until enabled again) or enables it. False when there is no such account.
    /// </summary>
    Task<bool> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default);

    /// <summary>Gives the account a one-time password that must be changed at the next sign-in; false when there is none.</summary>
    Task<bool> SetOneTimePasswordAsync(string userId, string password, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets the account's authenticator app and its recovery codes (a lost phone): the person sets up an app again at
    /// the next sign-in. False when there is no such account.
    /// </summary>
    Task<bool> ResetAuthenticatorAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>How many unused recovery codes the account has; none when there is no such account.</summary>
    Task<int?> RecoveryCodesLeftAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// New recovery codes in place of every old one, to be shown once; none when there is no such account or it has no
    /// authenticator app set up.
    /// </summary>
    Task<IReadOnlyList<string>?> ReplaceRecoveryCodesAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the account from one role to another (a member of staff holds exactly one), with a new security stamp;
    /// false when there is no such account or it does not hold <paramref name="from"/>.
    /// </summary>
    Task<bool> ChangeRoleAsync(string userId, string from, string to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds every other change to who holds a staff role (a role change, disabling an administrator, allocating a case
    /// to a case manager) back until the command's transaction ends, so that a rule checked after it ("an administrator
    /// is left", "they hold no open cases") still holds at the commit, even against a change at the same moment.
    /// </summary>
    Task HoldStaffRoleChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether wrong passwords or codes hold the account's address back from signing in now, from anywhere.</summary>
    Task<bool> IsHeldBackAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lets the account sign in again now: the counts of wrong passwords and codes against its address, and any
    /// hold-back they caused, are forgotten, and a lock-out ended (not a disabling). False when there is no such account.
    /// </summary>
    Task<bool> LiftHoldBackAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Ends every signed-in session of the account, in the command's transaction.</summary>
    Task EndSessionsAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Confirms the account's address with the token from the link e-mailed to it; false when the link is not valid.</summary>
    Task<bool> ConfirmEmailAsync(string userId, string token, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a new password with the token from a reset link, which also proves the address (confirmed) and ends any
    /// lock-out. Null when the link is not valid (wrong, used or expired); otherwise what stopped it (none when set).
    /// </summary>
    Task<IReadOnlyList<AccountProblem>?> ResetPasswordAsync(string userId, string token, string newPassword, CancellationToken cancellationToken = default);
}
