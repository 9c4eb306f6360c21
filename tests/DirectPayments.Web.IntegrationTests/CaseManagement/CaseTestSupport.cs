using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>Signing in and finding demo cases, shared by the case-management tests.</summary>
public static class CaseTestSupport
{
    public static async Task<HttpClient> SignedInAsync(this PortalFactory factory, string email)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    public static async Task<Guid> CaseIdAsync(this PortalFactory factory, string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return (await db.Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }

    /// <summary>Reads the database as it is now, in a scope of its own.</summary>
    public static async Task<T> QueryAsync<T>(this PortalFactory factory, Func<DirectPaymentsDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>());
    }

    public static string MainText(this AngleSharp.Dom.IDocument page) => page.QuerySelector("main")!.TextContent;
}
