using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace DirectPayments.Infrastructure.Jobs;

/// <summary>
/// A gzipped file read as it is unzipped, a buffer at a time, so that a statement file of hundreds of megabytes is never
/// held whole in memory. Its length comes from gzip's trailer (the original's size, modulo 4 GiB: the portal takes files
/// far smaller), so the job's page can show how far through it the import is. It can go back to the start, by unzipping
/// again, because the execution strategy may run an import's transaction a second time.
/// </summary>
public sealed class UnzippingStream : Stream
{
    private readonly byte[] compressed;
    private GZipStream zip;
    private long position;

    /// <param name="compressed">One gzip member, as <see cref="DatabaseJobFiles"/> keeps a file.</param>
    public UnzippingStream(byte[] compressed)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        if (compressed.Length < 18 || compressed[0] != 0x1f || compressed[1] != 0x8b)
        {
            throw new InvalidDataException("The kept file is not gzipped.");
        }

        this.compressed = compressed;
        Length = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4));
        zip = Unzip();
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = zip.Read(buffer);
        position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await zip.ReadAsync(buffer, cancellationToken);
        position += read;
        return read;
    }

    /// <summary>Back means unzipping again from the start; forward, unzipping and dropping what lies between.</summary>
    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            SeekOrigin.End => Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
        if (target < position)
        {
            zip.Dispose();
            zip = Unzip();
            position = 0;
        }

        if (target > position)
        {
            var scratch = ArrayPool<byte>.Shared.Rent(81_920);
            try
            {
                while (position < target && Read(scratch.AsSpan(0, (int)Math.Min(scratch.Length, target - position))) > 0)
                {
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }
        }

        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException("A kept file is read only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A kept file is read only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            zip.Dispose();
        }

        base.Dispose(disposing);
    }

    private GZipStream Unzip() => new(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
}
