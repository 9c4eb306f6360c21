using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>
/// Checks a code from a member of staff's authenticator app as Identity's own <see cref="AuthenticatorTokenProvider{TUser}"/>
/// does (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, two steps either side of now by the machine's clock), and
/// accepts it only once (ASVS 2.8.4): the step it matched must be later than the last one accepted for the account
/// (<see cref="ApplicationUser.AuthenticatorTimeStepUsed"/>). Claiming a step is one conditional UPDATE, so of two
/// requests with the same code at the same moment only one is accepted. A code used already is refused as a wrong one
/// is, and so counts against the sign-in limits the same.
/// </summary>
public sealed class OneUseAuthenticatorTokenProvider(DirectPaymentsDbContext db) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    /// <summary>
    /// Identity's own name for its authenticator provider: this one takes its place, so that no way of checking a code
    /// by that name accepts one twice.
    /// </summary>
    public static readonly string Name = TokenOptions.DefaultAuthenticatorProvider;

    private const int StepSeconds = 30;

    private const int StepsEitherSide = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The phone makes the codes, never the portal.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
            || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } base32
            || FromBase32(base32) is not { } key)
        {
            return false;
        }

        // The machine's clock, as Identity's provider reads it (rounded to the second), not the council's TimeProvider:
        // the phone has the real time.
        var now = Convert.ToInt64(Math.Round((TimeProvider.System.GetUtcNow() - DateTimeOffset.UnixEpoch).TotalSeconds));
        var step = now / StepSeconds;
        for (var matched = step - StepsEitherSide; matched <= step + StepsEitherSide; matched++)
        {
            if (CodeAt(key, matched) == code && await ClaimAsync(user, matched))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Records the step as used unless it, or a later one, was already: true for the one request that did. The account's
    /// concurrency stamp changes with it, so that another request's older copy of the account cannot write the step back
    /// (Identity writes every column when it updates an account); this request's own copy is brought up to date.
    /// </summary>
    private async Task<bool> ClaimAsync(ApplicationUser user, long step)
    {
        var stamp = Guid.NewGuid().ToString();
        if (await db.Users
                .Where(u => u.Id == user.Id && (u.AuthenticatorTimeStepUsed == null || u.AuthenticatorTimeStepUsed < step))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AuthenticatorTimeStepUsed, step).SetProperty(u => u.ConcurrencyStamp, stamp)) != 1)
        {
            return false;
        }

        (user.AuthenticatorTimeStepUsed, user.ConcurrencyStamp) = (step, stamp);
        var entry = db.Entry(user);
        if (entry.State != EntityState.Detached)
        {
            entry.Property(u => u.AuthenticatorTimeStepUsed).OriginalValue = step;
            entry.Property(u => u.ConcurrencyStamp).OriginalValue = stamp;
        }

        return true;
    }

    /// <summary>RFC 6238's code for one time step (RFC 4226's dynamic truncation of the HMAC), as Identity computes it.</summary>
    private static int CodeAt(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1 (its use in an HMAC is not the weakness of SHA-1).
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        return (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
    }

    /// <summary>The key's bytes from the base32 Identity keeps it in; none when it is not base32.</summary>
    private static byte[]? FromBase32(string base32)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(base32.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in base32.TrimEnd('='))
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
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
