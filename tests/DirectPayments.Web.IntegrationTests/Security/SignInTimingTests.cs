using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Issue 16: a wrong password for a real account took 25 times as long as any password for an address with no
/// account, which told anyone timing the answer who has an account. Most of that time is one password-hash check, so
/// the fact tested is that both do exactly one (a measured time would make the test flaky on a busy machine).
/// </summary>
public sealed class SignInTimingTests(SignInTimingTests.CountingFactory factory) : IClassFixture<SignInTimingTests.CountingFactory>
{
    [Fact]
    public async Task An_address_with_no_account_costs_one_password_check_as_a_real_account_does()
    {
        var before = factory.Hasher.Checks;
        await factory.CreateBrowserlessClient().SignInAsync("nobody.at.all@example.org", "Wrong-Passw0rd-x");
        var forNobody = factory.Hasher.Checks - before;

        before = factory.Hasher.Checks;
        await factory.CreateBrowserlessClient().SignInAsync("citizen2@example.org", "Wrong-Passw0rd-x");
        var forSomeone = factory.Hasher.Checks - before;

        Assert.Equal(1, forSomeone);
        Assert.Equal(forSomeone, forNobody);
    }

    public sealed class CountingFactory : PortalFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IPasswordHasher<ApplicationUser>>();
                services.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher);
            });
        }
    }

    /// <summary>Identity's own hasher, counting the checks it makes.</summary>
    public sealed class CountingHasher : PasswordHasher<ApplicationUser>
    {
        private int _checks;

        public int Checks => _checks;

        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
