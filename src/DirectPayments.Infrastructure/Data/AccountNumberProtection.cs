using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Payments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// Card and bank account numbers encrypted at rest (ASVS V6, docs/adr/0017): ASP.NET Core Data Protection
/// (authenticated AES, a random IV each time, keys rotated by the key ring) under one fixed purpose. A stored value
/// starting with <see cref="Prefix"/> is ciphertext; anything else is a number written in clear before this existed,
/// read as it is until <see cref="AccountNumberEncryption"/> rewrites it at start-up. Staff's authenticator keys and
/// recovery codes (ADR 20) are encrypted the same way, with the same keys, under a purpose of their own
/// (<see cref="AuthenticatorPurpose"/>), so that neither kind of ciphertext can be read as the other.
/// </summary>
/// <param name="protection">The portal's Data Protection.</param>
/// <param name="keyRing">
/// Where its keys come from (their folder, and the certificate that protects them): two protections with the same
/// key ring read and write the same ciphertext.
/// </param>
/// <param name="numbersRemembered">How many stored numbers are remembered with what they read as (ADR 33).</param>
public sealed class AccountNumberProtection(IDataProtectionProvider protection, string keyRing, int numbersRemembered = AccountNumberProtection.NumbersRemembered)
{
    /// <summary>Marks a stored value as ciphertext; the "1" leaves room for another scheme without guessing.</summary>
    public const string Prefix = "enc1:";

    /// <summary>Changing the purpose makes every stored number unreadable: it is fixed for the life of the data.</summary>
    public const string Purpose = "DirectPayments.AccountNumbers.v1";

    /// <summary>
    /// The column width for a stored number: a 34-character number becomes about 160 characters of prefix and base64url
    /// ciphertext (key id, IV, padded AES block, HMAC); the rest is room for another algorithm.
    /// </summary>
    public const int StoredLength = 256;

    /// <summary>The purpose of the authenticator keys and recovery codes (Identity's AspNetUserTokens.Value); fixed too.</summary>
    public const string AuthenticatorPurpose = "DirectPayments.AuthenticatorSecrets.v1";

    // Data Protection's payload: a 4-byte magic header, then the id of the key that protected it.
    private const uint MagicHeader = 0x09F0C9F0;

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    private readonly IDataProtector secrets = protection.CreateProtector(AuthenticatorPurpose);

    /// <summary>Names the keys this protection uses, so that the EF Core model (and its converter) is shared per key ring.</summary>
    public string KeyRing { get; } = keyRing;

    /// <summary>The columns that hold a number, each encrypted by the same converter.</summary>
    internal static readonly (Type Entity, string Property)[] Columns =
    [
        (typeof(DirectPaymentAgreement), nameof(DirectPaymentAgreement.AccountIdentifier)),
        (typeof(OneOffDirectPayment), nameof(OneOffDirectPayment.PayeeAccountDigits)),
        (typeof(Payment), nameof(Payment.PayeeAccountDigits)),
        (typeof(EarlierAccount), nameof(EarlierAccount.AccountIdentifier)),
    ];

    public static bool IsEncrypted(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.StartsWith(Prefix, StringComparison.Ordinal);
    }

    public string Encrypt(string number) => Prefix + protector.Protect(number);

    /// <summary>
    /// A stored number, read. Each stored value is remembered with what it reads as, up to <see cref="NumbersRemembered"/>
    /// of them (ADR 33): the same ciphertext always reads as the same number (it is authenticated, and a changed number
    /// is new ciphertext), so nothing remembered can go stale or be another person's, and a council's lists, previews and
    /// runs, which read every direct payment, stop paying Data Protection's key derivation for each on every view.
    /// </summary>
    public string Decrypt(string stored)
    {
        if (!IsEncrypted(stored))
        {
            return stored;
        }

        if (numbersRead.TryGetValue(stored, out var number) || (numbersAhead.Value?.TryGetValue(stored, out number) ?? false))
        {
            return number;
        }

        number = protector.Unprotect(stored[Prefix.Length..]);
        Remember(stored, number);
        return number;
    }

    private void Remember(string stored, string number)
    {
        if (numbersRead.Count >= numbersRemembered)
        {
            // About 450 bytes each: a bound keeps a council's (3,000 direct payments, their one-offs and a few runs'
            // payments) and no more.
            numbersRead.Clear();
        }

        if (numbersRemembered > 0)
        {
            numbersRead[stored] = number;
        }
    }

    /// <summary>
    /// Decrypts, at once on every core, the stored numbers a query is about to read (a payment run's every direct
    /// payment), so that while the returned scope lasts its reads in this flow of work find them done rather than
    /// decrypting them one after another as EF Core materialises each row. Numbers already remembered are not decrypted
    /// again. A council's worth (no more than the memory holds) is remembered as reading them one by one would; more is
    /// held only for the scope, so that a read of more accounts than the memory holds neither empties it nor keeps them.
    /// Begin the scope in the method that reads, not in an async method of its own: an async method's changes to its
    /// flow of work do not reach its caller.
    /// </summary>
    public IDisposable ReadAhead(IReadOnlyCollection<string> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var unread = stored.Where(s => IsEncrypted(s) && !numbersRead.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        var numbers = DecryptAll(unread);
        var ahead = new Dictionary<string, string>(unread.Count, StringComparer.Ordinal);
        for (var i = 0; i < unread.Count; i++)
        {
            ahead[unread[i]] = numbers[i];
            if (stored.Count <= numbersRemembered)
            {
                Remember(unread[i], numbers[i]);
            }
        }

        var outer = numbersAhead.Value;
        numbersAhead.Value = ahead;
        return new AheadScope(() => numbersAhead.Value = outer);
    }

    // What ReadAhead decrypted, for the flow of work (an async call chain) that asked: not another request's.
    private readonly AsyncLocal<Dictionary<string, string>?> numbersAhead = new();

    private sealed class AheadScope(Action end) : IDisposable
    {
        private Action? end = end;

        public void Dispose() => Interlocked.Exchange(ref end, null)?.Invoke();
    }

    /// <summary>
    /// Many stored numbers read at once, on every core, and not remembered: for a statement import, which matches a
    /// council's every account (more than <see cref="NumbersRemembered"/> in the largest), once.
    /// </summary>
    public string[] DecryptAll(IReadOnlyList<string> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var numbers = new string[stored.Count];
        Parallel.For(0, stored.Count, i => numbers[i] = IsEncrypted(stored[i]) ? protector.Unprotect(stored[i][Prefix.Length..]) : stored[i]);
        return numbers;
    }

    /// <summary>How many stored numbers are remembered with what they read as (a test may make a protection that remembers fewer).</summary>
    public const int NumbersRemembered = 20_000;

    private readonly ConcurrentDictionary<string, string> numbersRead = new(StringComparer.Ordinal);

    /// <summary>An authenticator key or a set of recovery codes, as its column holds it.</summary>
    public string EncryptSecret(string secret) => Prefix + secrets.Protect(secret);

    /// <summary>A stored authenticator key or set of recovery codes; one stored in clear before is read as it is.</summary>
    public string DecryptSecret(string stored) => IsEncrypted(stored) ? secrets.Unprotect(stored[Prefix.Length..]) : stored;

    /// <summary>The key that new ciphertext is made with now (the key ring's default), read off a probe.</summary>
    public Guid CurrentKeyId() =>
        KeyIdOf(Encrypt("probe")) ?? throw new InvalidOperationException("Data Protection made a payload this portal cannot read.");

    /// <summary>The id of the key a stored value was encrypted with; none for a value in clear or not made by Data Protection.</summary>
    public static Guid? KeyIdOf(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsEncrypted(stored))
        {
            return null;
        }

        var payload = Payload(stored);
        return payload is { Length: >= 20 } && BinaryPrimitives.ReadUInt32BigEndian(payload) == MagicHeader
            ? new Guid(payload.AsSpan(4, 16))
            : null;
    }

    /// <summary>
    /// A stored value encrypted again under the current key, of a kind (number or secret); read even when its key has
    /// been revoked, so that it can be rescued before the old key is retired.
    /// </summary>
    internal string EncryptAgain(string stored, bool secret)
    {
        var kind = secret ? secrets : protector;
        var clear = IsEncrypted(stored)
            ? kind is IPersistedDataProtector persisted
                ? persisted.DangerousUnprotect(Payload(stored) ?? throw new CryptographicException("The stored value is not base64url."), ignoreRevocationErrors: true, out _, out _)
                : kind.Unprotect(Payload(stored) ?? throw new CryptographicException("The stored value is not base64url."))
            : Encoding.UTF8.GetBytes(stored);
        return Prefix + Base64Url.EncodeToString(kind.Protect(clear));
    }

    private static byte[]? Payload(string stored)
    {
        try
        {
            return Base64Url.DecodeFromChars(stored.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>The value converter on Identity's token values (authenticator keys, recovery codes): the column holds ciphertext.</summary>
internal sealed class AuthenticatorSecretConverter : ValueConverter<string, string>
{
    public AuthenticatorSecretConverter(AccountNumberProtection protection)
        : base(secret => protection.EncryptSecret(secret), stored => protection.DecryptSecret(stored))
    {
    }

    /// <summary>For a context made without protection: the same model, but no secret read or written in clear.</summary>
    public AuthenticatorSecretConverter()
        : base(_ => Refuse(), _ => Refuse())
    {
    }

    private static string Refuse() =>
        throw new InvalidOperationException("This database context has no protection (UseAccountNumberProtection), so it cannot read or write authenticator secrets.");
}

/// <summary>The value converter on each account-number column: the model holds the number, the column its ciphertext.</summary>
internal sealed class AccountNumberConverter : ValueConverter<string, string>
{
    public AccountNumberConverter(AccountNumberProtection protection)
        : base(number => protection.Encrypt(number), stored => protection.Decrypt(stored))
    {
    }

    /// <summary>
    /// For a context made without protection (dotnet ef at design time, a test migrating a template database): it has
    /// the same model, so the same migrations, but refuses to read or write a number rather than store one in clear.
    /// </summary>
    public AccountNumberConverter()
        : base(_ => Refuse(), _ => Refuse())
    {
    }

    private static string Refuse() =>
        throw new InvalidOperationException("This database context has no account-number protection (UseAccountNumberProtection), so it cannot read or write account numbers.");
}

public static class AccountNumberProtectionExtensions
{
    /// <summary>
    /// The context encrypts account numbers with <paramref name="protection"/>. EF Core builds a model once and caches
    /// it, and a value converter is part of the model, so the model is cached per key ring too: two portals in one
    /// process with their own keys never share a converter, and portals that read the same keys (the integration
    /// tests' factories) share one model, and so EF Core's compiled queries, instead of building their own.
    /// </summary>
    public static DbContextOptionsBuilder UseAccountNumberProtection(this DbContextOptionsBuilder options, AccountNumberProtection protection)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(protection);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new AccountNumberProtectionExtension(protection));
        return options.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, AccountNumberModelCacheKeyFactory>();
    }
}

/// <summary>Carries the protection from the options to <see cref="DirectPaymentsDbContext.OnModelCreating"/>.</summary>
internal sealed class AccountNumberProtectionExtension(AccountNumberProtection protection) : IDbContextOptionsExtension
{
    public AccountNumberProtection Protection { get; } = protection;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    // Every protection shares EF Core's internal services (one service provider, not one per portal); only the model
    // differs, through AccountNumberModelCacheKeyFactory.
    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "AccountNumberProtection ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["DirectPayments:AccountNumberProtection"] = "1";
    }
}

/// <summary>One cached model per context type and key ring (the default key is the context type alone).</summary>
internal sealed class AccountNumberModelCacheKeyFactory : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as DirectPaymentsDbContext)?.AccountNumbers?.KeyRing, designTime);
}
