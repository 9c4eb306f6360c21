using DirectPayments.Domain.Cases;

namespace DirectPayments.Application.Common.Paper;

/// <summary>What every document about a case says at its top, and the size of print the person needs.</summary>
public static class PaperHeadings
{
    /// <summary>
    /// From the council, at its address, to the person at theirs; to the representative their letters are posted to,
    /// at that representative's address; or to <paramref name="to"/>, someone outside the case whose postal address is
    /// not known here.
    /// </summary>
    public static PaperHeading For(CouncilDetails council, CareCase careCase, DateOnly date, string? to = null)
    {
        ArgumentNullException.ThrowIfNull(council);
        ArgumentNullException.ThrowIfNull(careCase);
        IReadOnlyList<string> from =
        [
            .. council.Address,
            .. council.ContactPhone is { } phone ? [$"Phone: {phone}"] : Array.Empty<string>(),
            .. council.ContactEmail is { } email ? [$"Email: {email}"] : Array.Empty<string>(),
        ];
        return (to, careCase.Correspondent) switch
        {
            (not null, _) => new PaperHeading(council.Name, from, to, [], careCase.Reference, date),
            (null, { } representative) => new PaperHeading(
                council.Name, from, $"{representative.Name}, for {careCase.SubjectName}", representative.Address.AddressLines, careCase.Reference, date),
            _ => new PaperHeading(council.Name, from, careCase.SubjectName, careCase.Contact.AddressLines, careCase.Reference, date),
        };
    }

    /// <summary>
    /// The size asked for, if any; otherwise large print when the person's communication needs say so (Accessible
    /// Information Standard), and standard print when they do not.
    /// </summary>
    public static PrintSize SizeFor(CareCase careCase, PrintSize? asked = null)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        return asked ?? (careCase.CommunicationNeeds.NeedsLargePrint ? PrintSize.Large : PrintSize.Standard);
    }

    /// <summary>"in large print" or "in standard print", as the case's history says what was printed or posted.</summary>
    public static string InWords(PrintSize size) => $"in {DisplayNames.Of(size).ToLowerInvariant()}";
}
