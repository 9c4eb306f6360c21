using DirectPayments.Infrastructure.Statements;

namespace DirectPayments.Web.Tests.Infrastructure;

public sealed class BoundedLineReaderTests
{
    [Fact]
    public async Task Lines_end_at_LF_CRLF_or_CR_and_the_last_needs_no_ending()
    {
        var lines = await ReadAllAsync("one\ntwo\r\nthree\rfour", maxLength: 10);

        Assert.Equal(["one", "two", "three", "four"], lines.Select(l => l.Text));
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_reported_too_long_and_the_next_is_read()
    {
        var lines = await ReadAllAsync("short\n" + new string('x', 50_000) + "\nnext\n", maxLength: 100);

        Assert.Equal([("short", false), (string.Empty, true), ("next", false)], lines);
    }

    [Fact]
    public async Task A_line_exactly_at_the_limit_is_kept()
    {
        var lines = await ReadAllAsync(new string('y', 100), maxLength: 100);

        Assert.Equal([(new string('y', 100), false)], lines);
    }

    [Fact]
    public async Task An_empty_file_has_no_lines()
    {
        Assert.Empty(await ReadAllAsync(string.Empty, maxLength: 10));
    }

    private static async Task<List<(string Text, bool TooLong)>> ReadAllAsync(string text, int maxLength)
    {
        var reader = new BoundedLineReader(new StringReader(text), maxLength);
        var lines = new List<(string, bool)>();
        while (await reader.ReadLineAsync() is ({ } line, var tooLong))
        {
            lines.Add((line, tooLong));
        }

        return lines;
    }
}
