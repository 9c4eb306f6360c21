using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Cases;

/// <summary>How the person wants the council to get in touch (Accessible Information Standard: contact method).</summary>
public enum ContactMethod
{
    Letter,
    Email,
    Phone,
    TextMessage,
}

/// <summary>A format the person needs information in, other than standard print.</summary>
public enum InformationFormat
{
    LargePrint,
    EasyRead,
    Braille,
    Audio,
    BritishSignLanguageVideo,
}

/// <summary>Support the person needs to communicate with the council: to be arranged before a visit, a call or a meeting.</summary>
public enum CommunicationSupport
{
    BritishSignLanguageInterpreter,
    DeafblindInterpreter,
    Lipspeaker,
    SpokenLanguageInterpreter,
    HearingLoop,
    Advocate,
}

/// <summary>
/// A person's communication needs, as the Accessible Information Standard (DCB1605, a legal duty for publicly funded
/// adult social care since 2016) asks a council to record them: how to contact them, what format information must be
/// in, and what support they need to communicate. Everyone who works on the case sees them, and letters honour them.
/// </summary>
public sealed record CommunicationNeeds
{
    public const int LanguageLength = 100;
    public const int OtherLength = 500;

    public CommunicationNeeds(
        ContactMethod? preferredContact,
        IEnumerable<InformationFormat> formats,
        IEnumerable<CommunicationSupport> support,
        string? language,
        string? other)
    {
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(support);
        PreferredContact = preferredContact;
        Formats = [.. formats.Distinct().Order()];
        Support = [.. support.Distinct().Order()];
        Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        Other = string.IsNullOrWhiteSpace(other) ? null : other.Trim();

        if (Support.Contains(CommunicationSupport.SpokenLanguageInterpreter) && Language is null)
        {
            throw new DomainException("Say which language the interpreter speaks.");
        }

        if (Language is { Length: > LanguageLength })
        {
            throw new DomainException($"The interpreter's language must be {LanguageLength} characters or fewer.");
        }

        if (Other is { Length: > OtherLength })
        {
            throw new DomainException($"Other communication needs must be {OtherLength} characters or fewer.");
        }

        if (!Support.Contains(CommunicationSupport.SpokenLanguageInterpreter))
        {
            // A language without an interpreter means nothing to anyone arranging a visit.
            Language = null;
        }
    }

    /// <summary>None recorded: standard print, any way of getting in touch.</summary>
    public static CommunicationNeeds None { get; } = new(null, [], [], null, null);

    public ContactMethod? PreferredContact { get; }

    public IReadOnlyList<InformationFormat> Formats { get; }

    public IReadOnlyList<CommunicationSupport> Support { get; }

    /// <summary>The language a spoken-language interpreter must speak.</summary>
    public string? Language { get; }

    /// <summary>Anything else, in the person's or the case manager's words.</summary>
    public string? Other { get; }

    /// <summary>Whether anyone working with the person must do something differently: what every staff page flags.</summary>
    public bool AnyToFlag => Formats.Count > 0 || Support.Count > 0 || Other is not null;

    /// <summary>
    /// The formats the council's letters must also be made in that the portal cannot print itself (easy read, braille,
    /// an audio recording, a British Sign Language video): each letter is sent to the council's alternative formats
    /// service for them, and the paper copy goes in the post.
    /// </summary>
    public IReadOnlyList<InformationFormat> MadeElsewhere => [.. Formats.Where(f => f != InformationFormat.LargePrint)];

    /// <summary>Letters to this person are printed in large print.</summary>
    public bool NeedsLargePrint => Formats.Contains(InformationFormat.LargePrint);

    public bool Equals(CommunicationNeeds? other) =>
        other is not null && PreferredContact == other.PreferredContact && Formats.SequenceEqual(other.Formats)
        && Support.SequenceEqual(other.Support) && Language == other.Language && Other == other.Other;

    public override int GetHashCode() => HashCode.Combine(PreferredContact, Formats.Count, Support.Count, Language, Other);
}

/// <summary>Where the person lives and how to reach them by phone: what letters are addressed to and what staff call.</summary>
public sealed record ContactDetails
{
    public const int LineLength = 100;
    public const int PhoneLength = 20;

    public ContactDetails(string? addressLine1, string? addressLine2, string? town, string? postcode, string? phone)
    {
        AddressLine1 = Tidy(addressLine1);
        AddressLine2 = Tidy(addressLine2);
        Town = Tidy(town);
        Postcode = postcode is null || string.IsNullOrWhiteSpace(postcode) ? null : UkPostcode.Normalise(postcode)
            ?? throw new DomainException("Enter a real postcode, like AA1 1AA.");
        Phone = Tidy(phone);

        if (new[] { AddressLine1, AddressLine2, Town }.Any(l => l is { Length: > LineLength }))
        {
            throw new DomainException($"Each line of the address must be {LineLength} characters or fewer.");
        }

        if (AddressLine1 is null != (Postcode is null) || (AddressLine1 is not null && Town is null))
        {
            throw new DomainException("An address needs its first line, its town or city and its postcode.");
        }

        if (Phone is not null && !IsPhoneNumber(Phone))
        {
            throw new DomainException("Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192.");
        }
    }

    public static ContactDetails None { get; } = new(null, null, null, null, null);

    public string? AddressLine1 { get; }

    public string? AddressLine2 { get; }

    public string? Town { get; }

    /// <summary>Upper case with one space before the last three characters, as Royal Mail writes it ("SW1A 1AA").</summary>
    public string? Postcode { get; }

    public string? Phone { get; }

    public bool HasAddress => AddressLine1 is not null;

    /// <summary>The address's lines in order, for a letter's envelope window or a summary.</summary>
    public IReadOnlyList<string> AddressLines => [.. new[] { AddressLine1, AddressLine2, Town, Postcode }.OfType<string>()];

    /// <summary>The phone as a UK mobile number texts can go to ("+447700900982"); null for a landline or none.</summary>
    public string? MobileForTexts => Phone is { } phone ? UkMobile.Normalise(phone) : null;

    /// <summary>Whether <paramref name="phone"/> can be dialled: digits (ten or more), spaces, brackets, dashes and a plus.</summary>
    public static bool IsPhoneNumber(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var trimmed = phone.Trim();
        return trimmed.Length <= PhoneLength
            && trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-')
            && trimmed.Count(char.IsAsciiDigit) >= 10;
    }

    private static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>United Kingdom postcodes, as people type them.</summary>
public static class UkPostcode
{
    /// <summary>
    /// The postcode in Royal Mail's form ("sw1a1aa" → "SW1A 1AA"), or null when it cannot be one: an outward code of a
    /// letter or two, a digit and an optional letter or digit, then a digit and two letters.
    /// </summary>
    public static string? Normalise(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var compact = new string([.. typed.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();
        if (compact.Length is < 5 or > 7)
        {
            return null;
        }

        var (outward, inward) = (compact[..^3], compact[^3..]);
        var inwardOk = char.IsAsciiDigit(inward[0]) && char.IsAsciiLetter(inward[1]) && char.IsAsciiLetter(inward[2]);
        var outwardOk = char.IsAsciiLetter(outward[0])
            && outward.Length switch
            {
                2 => char.IsAsciiDigit(outward[1]),
                3 => (char.IsAsciiLetter(outward[1]) && char.IsAsciiDigit(outward[2])) || (char.IsAsciiDigit(outward[1]) && char.IsAsciiLetterOrDigit(outward[2])),
                4 => char.IsAsciiLetter(outward[1]) && char.IsAsciiDigit(outward[2]) && char.IsAsciiLetterOrDigit(outward[3]),
                _ => false,
            };
        return inwardOk && outwardOk ? $"{outward} {inward}" : null;
    }
}

/// <summary>United Kingdom mobile numbers, which can be sent text messages: 07 and nine more digits, or +44 7 and nine.</summary>
public static class UkMobile
{
    /// <summary>The number in international form ("+447700900982"), or null when it is not a UK mobile.</summary>
    public static string? Normalise(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        if (phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-')) || phone.IndexOf('+', StringComparison.Ordinal) > 0)
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        var national = phone.TrimStart().StartsWith('+')
            ? (digits.StartsWith("44", StringComparison.Ordinal) ? "0" + digits[2..] : null)
            : digits.StartsWith("0044", StringComparison.Ordinal) ? "0" + digits[4..] : digits;
        return national is { Length: 11 } && national.StartsWith("07", StringComparison.Ordinal) ? "+44" + national[1..] : null;
    }
}

/// <summary>
/// Someone the council's letters about a person are posted to instead of the person: a representative with the right
/// to act for them, at their own postal address, and how they are connected ("Son, attorney for property and financial
/// affairs").
/// </summary>
public sealed record Correspondent
{
    public const int NameLength = 200;

    public Correspondent(string name, string relationship, ContactDetails address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Enter the name of the person letters go to.") : name.Trim();
        Relationship = string.IsNullOrWhiteSpace(relationship)
            ? throw new DomainException("Enter how they are connected to the person, and the right they have to act for them.")
            : relationship.Trim();
        if (Name.Length > NameLength || Relationship.Length > NameLength)
        {
            throw new DomainException($"Name and connection must each be {NameLength} characters or fewer.");
        }

        Address = address.HasAddress
            ? new ContactDetails(address.AddressLine1, address.AddressLine2, address.Town, address.Postcode, null)
            : throw new DomainException("Enter the postal address letters go to.");
    }

    public string Name { get; }

    public string Relationship { get; }

    public ContactDetails Address { get; }
}
