using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>A case found by a search: who it is for, its reference, their date of birth and where the case stands.</summary>
public sealed record CaseSearchRow(Guid Id, string Reference, string SubjectName, DateOnly? DateOfBirth, CaseStage Stage);

/// <summary>What was searched for, read as a person meant it, and the page of cases found.</summary>
public sealed record CaseSearchResult(string Query, string Understood, PageOf<CaseSearchRow> Found);

/// <summary>
/// Finding a person among the signed-in case manager's cases, open or closed (issue 20): by their case reference, their
/// date of birth as people write it ("14/05/1996", "14 May 1996"), their postcode, or any part of their name. Only the cases this
/// case manager may see are searched, so a search never tells anyone who else the council supports.
/// </summary>
public sealed class CaseSearch(IPortalDb db, ICurrentUser user)
{
    /// <summary>How long a search may be: longer than any name or reference, short enough to refuse a pasted document.</summary>
    public const int MaxQueryLength = 100;

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] DateFormats = ["d/M/yyyy", "d M yyyy", "d MMMM yyyy", "d MMM yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    public async Task<CaseSearchResult> FindAsync(string query, int? page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = string.Join(' ', query.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var userId = user.UserId;
        var mine = db.Set<CareCase>().AsNoTracking().Where(c => c.CaseManagerId == userId);

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
                .Select(c => new CaseSearchRow(c.Id, c.Reference, c.SubjectName, c.SubjectDateOfBirth, c.Stage)),
            page,
            Paging.ListSize,
            cancellationToken);
        return new CaseSearchResult(text, understood, rows);
    }
}
