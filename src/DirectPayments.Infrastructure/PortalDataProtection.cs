using System.Security.Cryptography.X509Certificates;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DirectPayments.Infrastructure;

/// <summary>
/// ASP.NET Core Data Protection for the portal: sign-in sessions, anti-forgery tokens, the estimator's cookie and the
/// account numbers in the database all depend on its keys, which live in the database so that every instance behind
/// the load balancer reads the same ones and they survive a restart (docs/adr/0026). With a certificate configured the
/// keys are encrypted at rest with it (see docs/deployment.md).
/// </summary>
public static class PortalDataProtection
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key; relative paths are from the content root.</summary>
    public const string CertificatePathKey = SectionName + ":CertificatePath";

    public const string CertificatePasswordKey = SectionName + ":CertificatePassword";

    /// <summary>
    /// Certificates used before the current one (each a .pfx path, with <c>:Path</c> and <c>:Password</c>), kept only to
    /// read the keys they encrypted after the certificate is changed.
    /// </summary>
    public const string PreviousCertificatesKey = SectionName + ":PreviousCertificates";

    /// <summary>
    /// Where the keys were kept before the database kept them; empty for the "keys" folder inside the data folder. Keys
    /// found there are copied into the database once, at start-up (<see cref="KeysFolderImport"/>).
    /// </summary>
    public const string KeysFolderKey = SectionName + ":KeysFolder";

    /// <summary>Fixed, so that every instance (and a move to another folder) reads the same keys and so the same data.</summary>
    public const string ApplicationName = "DirectPayments";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var keys = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DirectPaymentsDbContext>();

        var thumbprint = "";
        if (configuration[CertificatePathKey] is { Length: > 0 } path)
        {
            var certificate = Load(path, configuration[CertificatePasswordKey], environment);
            thumbprint = certificate.Thumbprint;
            var previous = configuration.GetSection(PreviousCertificatesKey).GetChildren()
                .Where(c => !string.IsNullOrWhiteSpace(c["Path"]))
                .Select(c => Load(c["Path"]!, c["Password"], environment));

            // Unprotect names the certificates too: on Linux there is no certificate store for the decryptor to find
            // them in by thumbprint. New keys are encrypted with the current one only.
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate([certificate, .. previous]);
        }

        // Portals given the same keys from one folder read the same ciphertext, so may share one model (the tests' many
        // portals in one process do); any other portal's keys are its database's own, so it has a model of its own.
        var keyRing = configuration[KeysFolderKey] is { Length: > 0 } ? $"keys from {KeysFolder(configuration, environment)}" : $"own {Guid.NewGuid():N}";
        services.AddSingleton(provider => new AccountNumberProtection(
            provider.GetRequiredService<IDataProtectionProvider>(), keyRing: $"{keyRing}|{thumbprint}"));
        services.AddScoped<KeysFolderImport>();
        return services;
    }

    private static X509Certificate2 Load(string path, string? password, IHostEnvironment environment) =>
        X509CertificateLoader.LoadPkcs12FromFile(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path), password);

    /// <summary>The folder keys were kept in before the database: <see cref="KeysFolderKey"/>, or "keys" in the data folder.</summary>
    public static string KeysFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (configuration[KeysFolderKey] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return Path.GetFullPath(Path.Combine(DependencyInjection.DataFolder(database, environment.ContentRootPath), "keys"));
    }

    /// <summary>Whether the keys are encrypted at rest (a certificate is configured); without one they are plain XML in the database.</summary>
    public static bool KeysEncrypted(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[CertificatePathKey]);
    }
}
