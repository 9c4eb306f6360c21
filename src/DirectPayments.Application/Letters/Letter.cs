using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Letters;

/// <summary>
/// What a letter to the person says: its kind, title, body and the working behind any figure. Every letter the
/// portal sends is written by one method of <see cref="Letters"/>, so that the words are in one place; a command
/// sends it with <c>work.Send(...)</c>, which keeps it on the person's dashboard and e-mails them after the commit.
/// </summary>
public sealed record Letter(NoticeKind Kind, string Title, string Body, IReadOnlyList<string> Working)
{
    public Letter(NoticeKind kind, string title, string body)
        : this(kind, title, body, [])
    {
    }
}

/// <summary>The portal's letters, one method each, in a file per feature (Letters.SupportPlans.cs, ...).</summary>
public static partial class Letters;
