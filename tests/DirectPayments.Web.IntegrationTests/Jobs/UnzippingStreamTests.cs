using System.IO.Compression;
using System.Text;
using DirectPayments.Infrastructure.Jobs;

namespace DirectPayments.Web.IntegrationTests.Jobs;

/// <summary>A statement file kept with its job is read as it is unzipped, never whole in memory, and can be read again.</summary>
public sealed class UnzippingStreamTests
{
    private const string Line = "4929000000001234,T000001,2026-11-20,-12.50,Sunrise Care Ltd,8050,Agency visit,100.00\n";

    [Fact]
    public void Its_length_is_the_files_before_anything_is_read()
    {
        var file = StatementOf(1_000);

        using var stream = new UnzippingStream(Zipped(file));

        Assert.Equal(file.Length, stream.Length);
    }

    [Fact]
    public void It_reads_the_file_byte_for_byte()
    {
        var file = StatementOf(1_000);

        using var stream = new UnzippingStream(Zipped(file));

        Assert.Equal(file, ReadToEnd(stream));
    }

    [Fact]
    public void Going_back_to_the_start_reads_the_file_again_from_its_first_byte()
    {
        var file = StatementOf(1_000);
        using var stream = new UnzippingStream(Zipped(file));
        ReadToEnd(stream);

        stream.Position = 0;

        Assert.Equal(file, ReadToEnd(stream));
    }

    [Fact]
    public void Going_forward_skips_to_that_byte()
    {
        var file = StatementOf(1_000);
        using var stream = new UnzippingStream(Zipped(file));

        stream.Seek(Line.Length * 10, SeekOrigin.Begin);

        Assert.Equal(file[(Line.Length * 10)..], ReadToEnd(stream));
    }

    [Fact]
    public void Its_position_is_how_many_bytes_of_the_file_have_been_read()
    {
        using var stream = new UnzippingStream(Zipped(StatementOf(1_000)));

        stream.ReadExactly(new byte[Line.Length * 3]);

        Assert.Equal(Line.Length * 3, stream.Position);
    }

    [Fact]
    public void Reading_a_file_of_tens_of_megabytes_holds_a_buffer_of_it_not_the_file()
    {
        var file = StatementOf(400_000);
        var zipped = Zipped(file);
        var buffer = new byte[64 * 1024];
        long read = 0;

        // Read synchronously, so every allocation is this thread's.
        var before = GC.GetAllocatedBytesForCurrentThread();
        using (var stream = new UnzippingStream(zipped))
        {
            for (int n; (n = stream.Read(buffer)) > 0;)
            {
                read += n;
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(file.Length, read);
        Assert.True(allocated < 1024 * 1024, $"Reading {file.Length:N0} bytes allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_file_that_is_not_gzipped_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => new UnzippingStream(StatementOf(10)));
    }

    private static byte[] StatementOf(int lines)
    {
        var text = new StringBuilder("account,transaction_id,date,amount,merchant,mcc,description,balance\n", (lines + 1) * Line.Length);
        for (var i = 0; i < lines; i++)
        {
            text.Append(Line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // As the portal keeps a file with its job.
    private static byte[] Zipped(byte[] file)
    {
        using var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(file);
        }

        return compressed.ToArray();
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
