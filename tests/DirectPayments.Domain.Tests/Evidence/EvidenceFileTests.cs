using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;

namespace DirectPayments.Domain.Tests.Evidence;

public sealed class EvidenceFileTests
{
    private static EvidenceFile File(string name, long size = 100) =>
        new(Guid.CreateVersion7(), EvidencePurpose.Receipt, name, "application/pdf", size, "Receipt", "user", DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_path_in_the_file_name_is_dropped()
    {
        Assert.Equal("passwd", File("../../etc/passwd").FileName);
        Assert.Equal("statement.pdf", File(@"C:\Users\me\statement.pdf").FileName);
    }

    [Fact]
    public void Characters_that_break_a_download_header_are_removed()
    {
        Assert.Equal("a b.pdf", File("a \"b\".pdf").FileName);
    }

    [Fact]
    public void The_stored_name_is_the_portals_own_not_the_persons()
    {
        var file = File("My receipt.pdf");

        Assert.Equal(file.Id.ToString("N"), file.StoredName);
    }

    [Fact]
    public void A_file_over_ten_megabytes_is_refused()
    {
        Assert.Throws<DomainException>(() => File("big.pdf", EvidenceFile.MaximumBytes + 1));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Throws<DomainException>(() => File("empty.pdf", 0));
    }
}
