using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DirectPayments.ClusterTests.Support;

/// <summary>The self-signed certificates a cluster needs: nginx's for TLS, and the portal's for its Data Protection keys.</summary>
internal static class Certificates
{
    /// <summary>A server certificate for <paramref name="host"/>, written as PEM files for nginx; the certificate, to trust it.</summary>
    public static X509Certificate2 WriteTls(string host, string certificateFile, string keyFile)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }

    /// <summary>An RSA certificate with its private key as a password-protected .pfx, as docs/deployment.md asks for.</summary>
    public static void WriteDataProtection(string pfxFile, string password)
    {
        using var key = RSA.Create(3072);
        var request = new CertificateRequest("CN=DirectPayments Data Protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(pfxFile, certificate.Export(X509ContentType.Pfx, password));
    }
}
