using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;

namespace DirectPayments.Web.Tests.Security;

/// <summary>The portal asks Identity's question before making its validator: is a security-stamp check due?</summary>
public sealed class SecurityStampCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    private static readonly SecurityStampValidatorOptions Stamps = new() { TimeProvider = new FakeTimeProvider(Now) };

    [Fact]
    public void A_sign_in_younger_than_the_interval_is_not_checked()
    {
        Assert.False(PortalIdentity.StampCheckDue(new AuthenticationProperties { IssuedUtc = Now.AddMinutes(-29) }, Stamps));
    }

    [Fact]
    public void A_sign_in_exactly_the_interval_old_is_not_checked_yet()
    {
        Assert.False(PortalIdentity.StampCheckDue(new AuthenticationProperties { IssuedUtc = Now - Stamps.ValidationInterval }, Stamps));
    }

    [Fact]
    public void A_sign_in_older_than_the_interval_is_checked()
    {
        Assert.True(PortalIdentity.StampCheckDue(new AuthenticationProperties { IssuedUtc = Now.AddMinutes(-31) }, Stamps));
    }

    [Fact]
    public void A_sign_in_with_no_issue_time_is_checked()
    {
        Assert.True(PortalIdentity.StampCheckDue(new AuthenticationProperties(), Stamps));
    }

    [Fact]
    public void The_interval_is_the_one_configured()
    {
        var everyMinute = new SecurityStampValidatorOptions { TimeProvider = new FakeTimeProvider(Now), ValidationInterval = TimeSpan.FromMinutes(1) };

        Assert.True(PortalIdentity.StampCheckDue(new AuthenticationProperties { IssuedUtc = Now.AddMinutes(-2) }, everyMinute));
    }
}
