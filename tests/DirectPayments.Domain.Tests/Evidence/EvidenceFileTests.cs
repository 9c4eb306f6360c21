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
        Assert.Equal("passwd.pdf", File("../../etc/passwd").FileName);
        Assert.Equal("statement.pdf", File(@"C:\Users\me\statement.pdf").FileName);
    }

    [Fact]
    public void Characters_that_break_a_download_header_are_removed()
    {
        Assert.Equal("a b.pdf", File("a \"b\".pdf").FileName);
    }

    [Theory]
    [InlineData("x.pdf\u0000.html", "x-pdf.pdf")]
    [InlineData("receipt.pdf.html", "receipt-pdf.pdf")]
    [InlineData("invoice.exe", "invoice.pdf")]
    [InlineData(".htaccess", "htaccess.pdf")]
    [InlineData("...", "document.pdf")]
    public void The_extension_is_the_one_of_the_type_found_in_the_content(string name, string saved)
    {
        Assert.Equal(saved, File(name).FileName);
    }

    [Fact]
    public void A_photo_is_named_as_the_photo_it_is()
    {
        var photo = new EvidenceFile(Guid.CreateVersion7(), EvidencePurpose.Receipt, "till receipt.PDF", "image/jpeg", 100, "Receipt", "user", DateTimeOffset.UnixEpoch);

        Assert.Equal("till receipt.jpg", photo.FileName);
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
