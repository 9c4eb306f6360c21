namespace DirectPayments.Infrastructure.Auditing;

/// <summary>Who is making a change, for the audit trail.</summary>
public interface ICurrentUser
{
    string UserId { get; }

    string UserName { get; }
}

/// <summary>Changes made by start-up seeding or scheduled jobs rather than a signed-in person.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static SystemUser Instance { get; } = new();

    public string UserId => "system";

    public string UserName => "System";
}
