using DirectPayments.Application.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Persistence;

/// <summary>Contexts are pooled (ADR 0029): one instance serves many scopes in turn, and keeps nothing of the last one.</summary>
public sealed class PooledContextTests
{
    [Fact]
    public async Task A_context_lent_again_audits_the_person_acting_in_the_new_scope()
    {
        using var factory = new PortalFactory();
        var caseId = await factory.CaseIdAsync("Sam Second-Citizen");

        // One after another, so that the pool lends some context again (background work borrows from it too).
        var lent = new List<DirectPaymentsDbContext>();
        for (var i = 0; i < 12; i++)
        {
            lent.Add(await SaveNoticeAsync(factory, caseId, new Person($"person-{i}", $"person{i}@example.org"), $"Notice {i}"));
        }

        Assert.True(lent.Distinct().Count() < lent.Count, "No context was lent twice.");
        var authors = await factory.QueryAsync(db => db.AuditEntries
            .Where(e => e.EntityType == nameof(Notice) && e.UserId.StartsWith("person-"))
            .Select(e => new { e.UserId, e.UserName }).ToListAsync());
        Assert.Equal(12, authors.Count);
        Assert.All(authors, a => Assert.Equal(a.UserId.Replace("person-", "person", StringComparison.Ordinal) + "@example.org", a.UserName));
    }

    [Fact]
    public async Task A_context_given_back_tracks_nothing_of_the_last_scope()
    {
        using var factory = new PortalFactory();
        var caseId = await factory.CaseIdAsync("Sam Second-Citizen");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
            db.Add(new Notice(caseId, NoticeKind.ContributionChanged, "Never saved", "Left behind when the scope ended.", [], DateTimeOffset.UnixEpoch));
        }

        await using var next = factory.Services.CreateAsyncScope();
        var lent = next.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();

        Assert.Empty(lent.ChangeTracker.Entries());
    }

    [Fact]
    public async Task A_scope_gives_its_context_back_to_the_pool_once()
    {
        using var factory = new PortalFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        // The context, and everything else a scope can resolve it as (the use cases' IPortalDb, any interface it implements).
        var context = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.NotNull(scope.ServiceProvider.GetService<IPortalDb>());
        foreach (var type in typeof(DirectPaymentsDbContext).GetInterfaces())
        {
            _ = scope.ServiceProvider.GetService(type);
        }

        var before = context.DisposedWithoutALease;

        await scope.DisposeAsync();

        // A second dispose would end whatever lease the pool had given the instance since, in another request.
        Assert.Equal(before, context.DisposedWithoutALease);
    }

    private static async Task<DirectPaymentsDbContext> SaveNoticeAsync(PortalFactory factory, Guid caseId, ICurrentUser person, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActingUser>().ActFor(person);
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        db.Add(new Notice(caseId, NoticeKind.ContributionChanged, title, "A notice saved by a test.", [], DateTimeOffset.UnixEpoch));
        await db.SaveChangesAsync();
        return db;
    }

    private sealed record Person(string UserId, string UserName) : ICurrentUser
    {
        public bool IsSignedIn => true;

        public bool IsInRole(string role) => false;
    }
}
