namespace DirectPayments.Application.Common;

/// <summary>The portal's roles. Citizens register themselves; an administrator creates staff accounts.</summary>
public static class Roles
{
    public const string Citizen = "Citizen";
    public const string CaseManager = "CaseManager";
    public const string Reviewer = "Reviewer";
    public const string Administrator = "Administrator";

    /// <summary>Runs the 4-weekly payments, imports card statements and keeps the spending rules.</summary>
    public const string Finance = "Finance";

    public static IReadOnlyList<string> All { get; } = [Citizen, CaseManager, Reviewer, Administrator, Finance];

    /// <summary>Roles an administrator may give to a staff account.</summary>
    public static IReadOnlyList<string> Staff { get; } = [CaseManager, Reviewer, Administrator, Finance];

    public static string DisplayName(string role) => role switch
    {
        Citizen => "Citizen",
        CaseManager => "Case manager",
        Reviewer => "Reviewer",
        Administrator => "Administrator",
        Finance => "Finance",
        _ => role,
    };
}
