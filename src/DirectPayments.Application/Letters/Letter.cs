using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Letters;

/// <summary>
/// What a letter to the person says: its kind, title, body and the working behind any figure. Every letter the
/// portal sends is written by one method of <see cref="Letters"/>, so that the words are in one place; a command
/// sends it with <c>work.Send(...)</c>, which keeps it on the person's dashboard and e-mails them after the commit.
/// </summary>
public sealed record Letter(NoticeKind Kind, string Title, string Body, IReadOnlyList<string> Working)
{
    /// <summary>Someone outside the case the letter is written and e-mailed to (after a death, the executor).</summary>
    public Addressee? To { get; init; }

    public Letter(NoticeKind kind, string title, string body)
        : this(kind, title, body, [])
    {
    }
}

/// <summary>The portal's letters, one method each, in a file per feature (Letters.SupportPlans.cs, ...).</summary>
public static partial class Letters;

/// <summary>A person outside the case a letter is written to, and the e-mail address it goes to.</summary>
public sealed record Addressee(string Name, string Email);
