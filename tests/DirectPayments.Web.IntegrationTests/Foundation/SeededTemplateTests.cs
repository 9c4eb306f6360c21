using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>
/// Most tests' portals start from a copy of the demo data seeded once for the run (<see cref="SeededTemplate"/>): the
/// copy must hold what a portal seeding the demo itself writes, or those tests would prove things about other data.
/// </summary>
public sealed class SeededTemplateTests
{
    [Fact]
    public async Task A_portal_started_from_the_seeded_copy_holds_what_a_portal_seeding_itself_writes()
    {
        using var fromTheCopy = new PortalFactory();
        // A setting of its own makes a portal seed for itself.
        using var seedingItself = new PortalFactory { Settings = new Dictionary<string, string> { ["Seeding:Itself"] = "true" } };

        Assert.Equal(await WhatIsThereAsync(seedingItself), await WhatIsThereAsync(fromTheCopy));
    }

    private static Task<string> WhatIsThereAsync(PortalFactory factory) => factory.QueryAsync(async db =>
        string.Join(", ", [
            $"{await db.Users.CountAsync()} accounts",
            $"{await db.Set<CareCase>().CountAsync()} cases: {string.Join("; ", await db.Set<CareCase>().OrderBy(c => c.SubjectName).Select(c => c.SubjectName + " " + c.Stage).ToListAsync())}",
            $"{await db.Set<DirectPaymentAgreement>().CountAsync()} direct payments",
            $"{await db.Set<AccountTransaction>().CountAsync()} ledger lines",
            $"{await db.Set<AuditEntry>().CountAsync()} audit entries",
        ]));
}
