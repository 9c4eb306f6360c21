using DirectPayments.Domain.Evidence;

namespace DirectPayments.Domain.Tests.Evidence;

public sealed class FileSignaturesTests
{
    [Fact]
    public void A_pdf_is_known_by_its_first_bytes()
    {
        Assert.Equal("application/pdf", FileSignatures.Detect("%PDF-1.7\n"u8));
    }

    [Fact]
    public void A_png_is_known_by_its_first_bytes()
    {
        Assert.Equal("image/png", FileSignatures.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]));
    }

    [Fact]
    public void A_jpeg_is_known_by_its_first_bytes()
    {
        Assert.Equal("image/jpeg", FileSignatures.Detect([0xFF, 0xD8, 0xFF, 0xE0]));
    }

    [Fact]
    public void A_program_named_like_a_pdf_is_not_accepted()
    {
        Assert.Null(FileSignatures.Detect("MZ this is really a program"u8));
    }

    [Fact]
    public void An_empty_file_is_not_accepted()
    {
        Assert.Null(FileSignatures.Detect([]));
    }
}
