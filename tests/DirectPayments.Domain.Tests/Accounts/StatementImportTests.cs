using DirectPayments.Domain.Accounts;

namespace DirectPayments.Domain.Tests.Accounts;

public sealed class StatementImportTests
{
    [Fact]
    public void A_file_name_keeps_no_line_breaks_for_the_audit_trail()
    {
        var import = new StatementImport("cards\r\nforged entry.csv", "finance@example.org", DateTimeOffset.UnixEpoch);

        Assert.Equal("cardsforged entry.csv", import.FileName);
    }

    [Fact]
    public void A_file_with_no_name_is_named_as_having_none()
    {
        Assert.Equal("(no name)", new StatementImport("  ", "finance@example.org", DateTimeOffset.UnixEpoch).FileName);
    }
}
