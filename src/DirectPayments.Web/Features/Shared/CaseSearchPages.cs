using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.Common;

namespace DirectPayments.Web.Features.Shared;

/// <summary>
/// Where a staff member searches from, which cases that searches, and where each case found leads: a case manager to
/// the case, a reviewer to its open review, an administrator to its allocation.
/// </summary>
public sealed record CaseSearchArea(string Home, string Action, SearchScope Scope, string Among, Func<CaseSearchRow, string?> Link, bool ShowsCaseManager)
{
    /// <summary>Where a row without a link can start a review (the reviewers' search only), else null.</summary>
    public Func<CaseSearchRow, string?> StartReview { get; init; } = _ => null;

    public static CaseSearchArea CaseManagement { get; } = new(
        "/case-management", "/case-management/search", SearchScope.MyCaseload, "Among your cases, open and closed.",
        row => $"/case-management/cases/{row.Id}", ShowsCaseManager: false);

    public static CaseSearchArea Review { get; } = new(
        "/review", "/review/search", SearchScope.EveryCase,
        "Among every case, open and closed. A case with a review open leads to it; one with a direct payment can start one.",
        row => row.OpenReviewId is { } review ? $"/review/reviews/{review}" : null, ShowsCaseManager: true)
    {
        // A review is started whenever there is cause (a concern by phone, a change the council heard of), not only when due.
        StartReview = row => row.OpenReviewId is null && row.DirectPaymentId is { } payment ? $"/review/direct-payments/{payment}/start" : null,
    };

    /// <summary>Finance find a person's account (payments, loads, card spending) by name, reference, date of birth or postcode.</summary>
    public static CaseSearchArea Payments { get; } = new(
        "/payments", "/payments/search", SearchScope.CasesWithADirectPayment, "Among everyone who has had a direct payment. Each leads to their account.",
        row => $"/payments/accounts/{row.Id}", ShowsCaseManager: true);

    public static CaseSearchArea Administration { get; } = new(
        "/administration", "/administration/search", SearchScope.EveryCase, "Among every case, open and closed.",
        row => $"/administration/cases/{row.Id}/allocate", ShowsCaseManager: true);
}

/// <summary>The search box as a page shows it: where it sends the search, what was typed, and what is wrong with it.</summary>
public sealed record CaseSearchBox(string Action, string Query, string? Error);

/// <summary>The search page: what was typed (kept to show again), what is wrong with it, or what it found.</summary>
public sealed record CaseSearchPage(CaseSearchArea Area, string Query, string? Error, CaseSearchResult? Result)
{
    /// <summary>
    /// Nothing to search for, or far too much, is said as an error on the search itself (the page answers 200 with
    /// the error summary); otherwise the page of cases found.
    /// </summary>
    public static async Task<CaseSearchPage> ReadAsync(CaseSearch search, CaseSearchArea area, string? q, string? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(area);
        var query = q?.Trim() ?? string.Empty;
        var error = query.Length == 0 ? "Enter a name, a case reference, a date of birth or a postcode"
            : query.Length > CaseSearch.MaxQueryLength ? $"Search for {CaseSearch.MaxQueryLength} characters or fewer"
            : null;
        return new CaseSearchPage(
            area,
            query.Length > CaseSearch.MaxQueryLength ? query[..CaseSearch.MaxQueryLength] : query,
            error,
            error is null ? await search.FindAsync(query, Paging.Requested(page), area.Scope, cancellationToken) : null);
    }
}
