using UglyToad.PdfPig;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>A PDF the portal sent, read back as a person's reader software reads it.</summary>
public sealed record PdfText(string Text, double SmallestPoint, int Pages)
{
    public static async Task<PdfText> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = document.GetPages().ToList();
        return new PdfText(
            string.Join("\n", pages.Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))),
            pages.SelectMany(p => p.Letters).Min(l => l.PointSize),
            pages.Count);
    }
}
