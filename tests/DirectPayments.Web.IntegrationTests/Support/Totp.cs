using System.Buffers.Binary;
using System.Security.Cryptography;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// The codes an authenticator app shows (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), worked out by the tests as
/// a phone would. ASP.NET Core Identity (in .NET 10 as before) checks a code against the real clock,
/// <see cref="DateTimeOffset.UtcNow"/>, not the portal's <see cref="TimeProvider"/>, so codes are made from the real
/// clock too: both read the same machine's time, whatever it is (libfaketime included), and the tests' fake council
/// clock plays no part.
/// </summary>
public static class Totp
{
    public static string Now(string base32Key) => At(base32Key, DateTimeOffset.UtcNow);

    private static readonly Dictionary<string, long> LastStepUsed = [];

    /// <summary>
    /// A code for <paramref name="account"/> that this process has not given the portal before: the portal accepts each
    /// code once, so a later time step (up to the two ahead it accepts), or, when those are used too, the next one after
    /// waiting for it. For the browser tests, whose live portal cannot be told to forget a code.
    /// </summary>
    public static async Task<string> UnusedAsync(string account, string base32Key)
    {
        while (true)
        {
            var now = DateTimeOffset.UtcNow;
            var step = now.ToUnixTimeSeconds() / 30;
            lock (LastStepUsed)
            {
                var next = LastStepUsed.TryGetValue(account, out var last) ? Math.Max(step, last + 1) : step;
                if (next <= step + 1)
                {
                    LastStepUsed[account] = next;
                    return At(base32Key, DateTimeOffset.FromUnixTimeSeconds(next * 30));
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(30 - (now.ToUnixTimeSeconds() % 30) + 1));
        }
    }

    public static string At(string base32Key, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        Span<byte> step = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(step, time.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1 (its use in an HMAC is not the weakness of SHA-1).
        var hash = HMACSHA1.HashData(FromBase32(base32Key), step);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in key.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
