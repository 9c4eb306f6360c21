using Microsoft.AspNetCore.DataProtection;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// Data Protection keys that count what they decrypt: the portal's own in the integration tests, throwaway ones in the
/// unit tests (which link this file), so that a test can say how many account numbers were decrypted.
/// </summary>
internal sealed class CountingKeys(IDataProtectionProvider keys) : IDataProtectionProvider
{
    public int Unprotected;

    public IDataProtector CreateProtector(string purpose) => new Counting(keys.CreateProtector(purpose), this);

    private sealed class Counting(IDataProtector inner, CountingKeys counts) : IDataProtector
    {
        public IDataProtector CreateProtector(string purpose) => new Counting(inner.CreateProtector(purpose), counts);

        public byte[] Protect(byte[] plaintext) => inner.Protect(plaintext);

        public byte[] Unprotect(byte[] protectedData)
        {
            Interlocked.Increment(ref counts.Unprotected);
            return inner.Unprotect(protectedData);
        }
    }
}
