using DirectPayments.Domain.Cases;

namespace DirectPayments.Application.Common.Paper;

/// <summary>What every document about a case says at its top, and the size of print the person needs.</summary>
public static class PaperHeadings
{
    /// <summary>
    /// From the council, at its address, to the person at theirs (after their death, to their personal representative
    /// there; for a disabled child, to their parent or guardian); to the representative their letters are posted to, at
    /// that representative's address; or to <paramref name="to"/>, someone outside the case whose postal address is not
    /// known here.
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
                council.Name, from, $"{representative.Name}, for {TheLate(careCase)}{careCase.SubjectName}", representative.Address.AddressLines, careCase.Reference, date),
            _ => new PaperHeading(council.Name, from, AddresseeAtTheirAddress(careCase), careCase.Contact.AddressLines, careCase.Reference, date),
        };
    }

    /// <summary>
    /// Who a letter posted to the person's own address is addressed to: the person; after their death, whoever deals
    /// with their estate, named as councils and banks do when they do not know who that is; for a disabled child, the
    /// parent or guardian who asked for them (not the child).
    /// </summary>
    private static string AddresseeAtTheirAddress(CareCase careCase) =>
        WrittenTo(careCase) is { } to ? $"{to} {careCase.SubjectName}" : careCase.SubjectName;

    /// <summary>
    /// Who a letter to the person's own address is really written to, in the words before their name ("The personal
    /// representative of the late", "The parent or guardian of"); null: the person themselves.
    /// </summary>
    public static string? WrittenTo(CareCase careCase)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        return careCase.SubjectDiedOn is not null ? "The personal representative of the late"
            : careCase.IsForADisabledChild && careCase.MovedToAdultCareOn is null ? "The parent or guardian of"
            : null;
    }

    private static string TheLate(CareCase careCase) => careCase.SubjectDiedOn is null ? string.Empty : "the late ";

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
