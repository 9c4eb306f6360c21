namespace DirectPayments.Web.Features.Guidance;

/// <summary>One plain-English guide for citizens: where it lives, its title, and one line on what it covers.</summary>
/// <param name="Slug">The last part of its address, under /guidance.</param>
/// <param name="Title">The page's title and h1.</param>
/// <param name="Summary">One sentence for the list of guides.</param>
public sealed record Guide(string Slug, string Title, string Summary)
{
    public string Path => $"/guidance/{Slug}";
}

/// <summary>
/// The guides, in the order a person meets them. Pages link to a guide through these properties, so that a
/// renamed guide cannot leave a broken link behind.
/// </summary>
public static class Guides
{
    public static Guide WhatADirectPaymentIs { get; } = new(
        "what-a-direct-payment-is",
        "Direct payments: what they are and who can have one",
        "How a direct payment works, who can have one, and how we work out what we pay.");

    public static Guide WhatItCanBuy { get; } = new(
        "what-a-direct-payment-can-buy",
        "What a direct payment can and cannot pay for",
        "The kinds of support you can buy, and the things a direct payment must not be spent on.");

    public static Guide OneOffPayments { get; } = new(
        "one-off-payments",
        "One-off direct payments",
        "A single payment for something like equipment, a membership or a carer's break.");

    public static Guide PrepaidCard { get; } = new(
        "using-your-prepaid-card",
        "Using your prepaid card",
        "How your direct payment is paid onto a card, how to pay for support with it, and what to do if it is lost.");

    public static Guide PersonalAssistants { get; } = new(
        "employing-a-personal-assistant",
        "Employing a personal assistant",
        "What it means to be an employer, and what to check if an assistant says they are self-employed.");

    public static Guide KeepingRecords { get; } = new(
        "keeping-records",
        "Keeping records for your reviews",
        "What records to keep, how long for, and what happens at a review.");

    public static IReadOnlyList<Guide> All { get; } =
        [WhatADirectPaymentIs, WhatItCanBuy, OneOffPayments, PrepaidCard, PersonalAssistants, KeepingRecords];

    public static Guide? Find(string slug) => All.FirstOrDefault(g => string.Equals(g.Slug, slug, StringComparison.Ordinal));
}
