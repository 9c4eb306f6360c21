using Microsoft.Extensions.Configuration;

namespace DirectPayments.Application.Common;

/// <summary>
/// The council running the service, from the "Council" configuration section; everything that names the
/// council on the pages (header, title, footer, content pages) and in its letters comes from here.
/// <code>
/// "Council": {
///   "Name": "Anytown Council",
///   "HomepageUrl": "https://www.anytown.gov.uk",
///   "ContactEmail": "directpayments@anytown.gov.uk",
///   "ContactPhone": "01234 567890",
///   "FeedbackUrl": "/feedback",
///   "Address": [ "Direct Payments Team", "Town Hall", "High Street", "Anytown", "AN1 1AA" ]
/// }
/// </code>
/// </summary>
/// <param name="Name">Shown in the header and page titles; "Anytown Council" by default.</param>
/// <param name="HomepageUrl">Where the council name in the header goes; the service's start page by default.</param>
/// <param name="ContactEmail">The Direct Payments team's e-mail address, if it has one to publish.</param>
/// <param name="ContactPhone">The Direct Payments team's phone number, if it has one to publish.</param>
/// <param name="FeedbackUrl">The beta banner's feedback link: a page or a mailto: address.</param>
public sealed record CouncilDetails(string Name, string HomepageUrl, string? ContactEmail, string? ContactPhone, string FeedbackUrl)
{
    public const string DefaultName = "Anytown Council";

    /// <summary>The postal address printed at the top of every letter and statement, a line each; none when not configured.</summary>
    public IReadOnlyList<string> Address { get; init; } = [];

    public static CouncilDetails From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Council");
        return new CouncilDetails(
            NonEmpty(section["Name"]) ?? DefaultName,
            NonEmpty(section["HomepageUrl"]) ?? "/",
            NonEmpty(section["ContactEmail"]),
            NonEmpty(section["ContactPhone"]),
            NonEmpty(section["FeedbackUrl"]) ?? "/feedback")
        {
            Address = [.. section.GetSection("Address").GetChildren().Select(line => NonEmpty(line.Value)).OfType<string>()],
        };
    }

    /// <summary>"phone Anytown Council on 0300 123 4567", or without the number when the council publishes none: for messages that ask someone to phone.</summary>
    public string PhoneTheCouncil => ContactPhone is null ? $"phone {Name}" : $"phone {Name} on {ContactPhone}";

    /// <summary>"If you have questions about this letter, phone Anytown Council on …, quoting reference DP-…": the last line of every letter.</summary>
    public string QuestionsAbout(string what, string reference) => $"If you have questions about {what}, {PhoneTheCouncil}, quoting reference {reference}.";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
