using DirectPayments.Application.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Persistence;

/// <summary>
/// Direct payments read in bulk with their changes as two flat queries (a payment run's read) come back as reading them
/// with their changes included would give them.
/// </summary>
public sealed class DirectPaymentReadingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_direct_payment_has_its_own_changes_in_the_order_recorded_as_an_included_read_gives(bool decryptAccountNumbersAhead)
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await factory.QueryAsync(async db =>
        {
            var dp = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == alex);
            dp.Suspend(new DateOnly(2026, 12, 1), "In hospital", "casemanager@example.org", new DateOnly(2026, 11, 20));
            dp.Resume(new DateOnly(2026, 12, 15), "Home again", "casemanager@example.org", new DateOnly(2026, 11, 21));
            return await db.SaveChangesAsync();
        });

        using var scope = factory.Services.CreateScope();
        var portal = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var included = await portal.Set<DirectPaymentAgreement>().AsNoTracking().ToListAsync();
        var flat = await portal.ReadDirectPaymentsAsync(portal.Set<DirectPaymentAgreement>(), decryptAccountNumbersAhead);

        Assert.True(included.Count > 1);
        Assert.Contains(included, d => d.Changes.Count == 3);
        Assert.Equal(Described(included), Described(flat));
        Assert.All(flat, d => Assert.Equal(d.Changes.OrderBy(c => c.Number), d.Changes));
    }

    [Fact]
    public async Task Each_account_number_is_decrypted_once_though_the_read_is_more_than_the_memory_holds()
    {
        CountingKeys? keys = null;
        using var factory = new PortalFactory
        {
            // A protection of its own (so a model of its own) that remembers nothing: every number the read decrypts
            // as a row is materialised would be counted again.
            TestServices = services => services.AddSingleton(provider => new AccountNumberProtection(
                keys = new CountingKeys(provider.GetRequiredService<IDataProtectionProvider>()), $"counted {Guid.NewGuid():N}", numbersRemembered: 0)),
        };
        await factory.CaseIdAsync("Alex Citizen");

        using var scope = factory.Services.CreateScope();
        var portal = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var before = keys!.Unprotected;
        var read = await portal.ReadDirectPaymentsAsync(portal.Set<DirectPaymentAgreement>(), decryptAccountNumbersAhead: true);

        Assert.True(read.Count > 1);
        Assert.Equal(read.Count, keys.Unprotected - before);
    }

    [Fact]
    public async Task A_read_that_decrypts_ahead_asks_for_the_stored_account_numbers_first()
    {
        var commands = await CommandsOfReadingEveryDirectPaymentAsync(decryptAccountNumbersAhead: true);

        Assert.Equal(3, commands.Count);
        Assert.Contains("\"AccountIdentifier\" FROM \"DirectPayments\"", commands[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_for_a_preview_asks_only_for_the_direct_payments_and_their_changes()
    {
        var commands = await CommandsOfReadingEveryDirectPaymentAsync(decryptAccountNumbersAhead: false);

        Assert.Equal(2, commands.Count);
        Assert.Contains("FROM \"DirectPayments\"", commands[0], StringComparison.Ordinal);
        Assert.Contains("FROM \"DirectPaymentChanges\"", commands[1], StringComparison.Ordinal);
    }

    // The commands one read of every direct payment sends, through the interceptors the portal gives every context;
    // only this scope's context's, as the portal's own work may run alongside.
    private static async Task<List<string>> CommandsOfReadingEveryDirectPaymentAsync(bool decryptAccountNumbersAhead)
    {
        var sent = new CommandsSent();
        using var factory = new PortalFactory { TestServices = services => services.AddSingleton<IInterceptor>(sent) };
        await factory.CaseIdAsync("Alex Citizen");
        using var scope = factory.Services.CreateScope();
        var portal = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var context = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        await portal.Set<DirectPaymentAgreement>().AnyAsync(); // the connection, and anything else a first use sends
        var before = sent.Of(context).Count;
        await portal.ReadDirectPaymentsAsync(portal.Set<DirectPaymentAgreement>(), decryptAccountNumbersAhead);
        return [.. sent.Of(context).Skip(before)];
    }

    // Each direct payment with its account number and its changes, in an order of their own (the databases order ids differently).
    private static List<string> Described(IEnumerable<DirectPaymentAgreement> agreements) =>
    [
        .. agreements.Select(d => $"{d.Id} v{d.Version} {d.AccountIdentifier}: " + string.Join(", ", d.Changes.OrderBy(c => c.Number).Select(c => $"{c.DirectPaymentId} {c.Number} {c.Kind} {c.EffectiveFrom}")))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public async Task Only_the_direct_payments_chosen_are_read_and_only_their_changes()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");

        using var scope = factory.Services.CreateScope();
        var portal = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var read = await portal.ReadDirectPaymentsAsync(portal.Set<DirectPaymentAgreement>().Where(d => d.CaseId == alex), decryptAccountNumbersAhead: true);

        var only = Assert.Single(read);
        Assert.All(only.Changes, c => Assert.Equal(only.Id, c.DirectPaymentId));
        Assert.NotEmpty(only.Changes);
    }
}
