using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>
/// A case found by a search: who it is for, its reference, their date of birth, where the case stands, its case
/// manager (by name, for a search of every case), its open review, if there is one, and otherwise the direct payment a
/// review would be opened on.
/// </summary>
public sealed record CaseSearchRow(Guid Id, string Reference, string SubjectName, DateOnly? DateOfBirth, CaseStage Stage)
{
    public string? CaseManager { get; init; }

    public Guid? OpenReviewId { get; init; }

    /// <summary>The case's direct payment that has not ended, if it has one: what a reviewer can start a review of.</summary>
    public Guid? DirectPaymentId { get; init; }
}

/// <summary>
/// Which cases a search looks in: a case manager's own caseload, every case (reviewers and administrators), or every case
/// that has had a direct payment (finance, who pay them and keep their accounts, and see no one else; administrators
/// share finance's pages).
/// </summary>
public enum SearchScope
{
    MyCaseload,
    EveryCase,
    CasesWithADirectPayment,
}

/// <summary>What was searched for, read as a person meant it, and the page of cases found.</summary>
public sealed record CaseSearchResult(string Query, string Understood, PageOf<CaseSearchRow> Found);

/// <summary>
/// Finding a person among the cases the signed-in person may see, open or closed (issue 20): by their case reference,
/// their date of birth as people write it ("14/05/1996", "14 May 1996"), their postcode, or any part of their name. A
/// case manager searches their own caseload; reviewers and administrators, who may read any case, search every case;
/// finance search the cases that have had a direct payment.
/// Nobody searches cases they may not see, so a search never tells anyone who else the council supports.
/// </summary>
public sealed class CaseSearch(IPortalDb db, ICurrentUser user, Account.IIdentityAccounts people)
{
    /// <summary>How long a search may be: longer than any name or reference, short enough to refuse a pasted document.</summary>
    public const int MaxQueryLength = 100;

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] DateFormats = ["d/M/yyyy", "d M yyyy", "d MMMM yyyy", "d MMM yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    public async Task<CaseSearchResult> FindAsync(string query, int? page, CancellationToken cancellationToken = default) =>
        await FindAsync(query, page, SearchScope.MyCaseload, cancellationToken);

    public async Task<CaseSearchResult> FindAsync(string query, int? page, SearchScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = string.Join(' ', query.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var userId = user.UserId;
        var cases = db.Set<CareCase>().AsNoTracking();
        var mine = scope switch
        {
            SearchScope.MyCaseload when user.IsInRole(Roles.CaseManager) => cases.Where(c => c.CaseManagerId == userId),
            SearchScope.EveryCase when user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Administrator) => cases,
            SearchScope.CasesWithADirectPayment when user.IsInRole(Roles.Finance) || user.IsInRole(Roles.Administrator) => cases.Where(c => db.Set<DirectPaymentAgreement>().Any(d => d.CaseId == c.Id)),
            _ => cases.Where(c => false),
        };

        IQueryable<CareCase> found;
        string understood;
        if (DateOnly.TryParseExact(text, DateFormats, Uk, DateTimeStyles.None, out var born))
        {
            found = mine.Where(c => c.SubjectDateOfBirth == born);
            understood = $"born on {born.ToString("d MMMM yyyy", Uk)}";
        }
        else if (text.StartsWith("DP-", StringComparison.OrdinalIgnoreCase))
        {
            var reference = text.ToUpperInvariant();
            found = mine.Where(c => c.Reference.StartsWith(reference));
            understood = $"with a reference beginning {reference}";
        }
        else if (UkPostcode.Normalise(text) is { } postcode)
        {
            // Names have no digits, so text that reads as a postcode is one; kept in one form, so found however typed.
            found = mine.Where(c => c.Postcode == postcode);
            understood = $"living at postcode {postcode}";
        }
        else
        {
            // Any part of the name, whatever its capitals (lower() on both databases).
            var part = text.ToLowerInvariant();
#pragma warning disable CA1862 // In SQL: EF Core translates ToLower() and Contains on both databases, not a StringComparison overload.
            found = mine.Where(c => c.SubjectName.ToLower().Contains(part));
#pragma warning restore CA1862
            understood = $"named “{text}”";
        }

        var rows = await Paging.ReadAsync(
            found.OrderBy(c => c.SubjectName).ThenBy(c => c.Reference)
                .Select(c => new
                {
                    Row = new CaseSearchRow(c.Id, c.Reference, c.SubjectName, c.SubjectDateOfBirth, c.Stage),
                    c.CaseManagerId,
                    OpenReviewId = db.Set<Domain.Reviews.Review>().Where(r => r.CaseId == c.Id && r.Status != ReviewStatus.Completed).Select(r => (Guid?)r.Id).FirstOrDefault(),
                    DirectPaymentId = db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == c.Id && d.Status != DirectPaymentStatus.Ended)
                        .OrderByDescending(d => d.StartDate).Select(d => (Guid?)d.Id).FirstOrDefault(),
                }),
            page,
            Paging.ListSize,
            cancellationToken);
        var names = scope != SearchScope.MyCaseload
            ? await people.NamesAsync([.. rows.Items.Select(r => r.CaseManagerId).OfType<string>()], cancellationToken)
            : (IReadOnlyDictionary<string, string>)new Dictionary<string, string>();
        return new CaseSearchResult(text, understood, rows.Select(r => r.Row with
        {
            CaseManager = r.CaseManagerId is { } id ? names.GetValueOrDefault(id) : null,
            OpenReviewId = r.OpenReviewId,
            DirectPaymentId = r.DirectPaymentId,
        }));
    }
}
