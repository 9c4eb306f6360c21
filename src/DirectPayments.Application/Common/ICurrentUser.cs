namespace DirectPayments.Application.Common;

/// <summary>Who is doing something: for access checks, for "agreed by" on records, and for the audit trail.</summary>
public interface ICurrentUser
{
    /// <summary>The account's id, or "system" for start-up seeding and scheduled jobs.</summary>
    string UserId { get; }

    /// <summary>The name records and the audit trail show: the account's sign-in name (e-mail address).</summary>
    string UserName { get; }

    bool IsSignedIn { get; }

    bool IsInRole(string role);
}

/// <summary>Changes made by start-up seeding or scheduled jobs rather than a signed-in person.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static SystemUser Instance { get; } = new();

    public string UserId => "system";

    public string UserName => "System";

    public bool IsSignedIn => false;

    public bool IsInRole(string role) => false;
}
