using System.Net;
using DirectPayments.ClusterTests.Support;

namespace DirectPayments.ClusterTests;

/// <summary>
/// Every instance runs an outbox dispatcher (here each looks every second), and each message is claimed before it is
/// sent: whichever instance the request went to, and whichever dispatcher gets there first, one e-mail goes out.
/// </summary>
[Collection(OneCluster.Name)]
public sealed class OneEmailTests(Cluster cluster)
{
    [Fact]
    public async Task Each_new_account_is_sent_one_confirmation_email_not_one_per_instance()
    {
        var addresses = Enumerable.Range(1, 4).Select(n => $"cluster-{n}-{Guid.NewGuid():N}@example.org").ToList();
        var logged = Cluster.InstanceNames.ToDictionary(i => i, i => cluster.LogOf(i).Count);

        // Half the accounts are made through one instance, half through the other.
        for (var i = 0; i < addresses.Count; i++)
        {
            using var browser = cluster.NewBrowser();
            var form = await browser.PageAsync("/account/register");
            using var registered = await browser.OnAsync(Cluster.InstanceNames[i % 2], b => b.SubmitAsync(form,
                [new("FullName", "Casey Cluster"), new("Email", addresses[i]), new("Password", "Cluster-Passw0rd!2026"), new("ConfirmPassword", "Cluster-Passw0rd!2026")]));
            Assert.True(registered.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Registering {addresses[i]} answered {(int)registered.StatusCode}");
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!addresses.TrueForAll(a => Received(a) > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        // Long enough for each dispatcher to have looked three more times, had either missed the other's claim.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        Assert.All(addresses, a => Assert.Equal(1, Received(a)));
        // And both dispatchers were looking for messages to claim all the while.
        Assert.All(Cluster.InstanceNames, i => Assert.Contains(cluster.LogOf(i).Skip(logged[i]), l => l.Contains(DispatcherQuery, StringComparison.Ordinal)));
    }

    // The dispatcher's look for due messages not claimed by another instance, as the instance logs its SQL.
    private const string DispatcherQuery = "\"ClaimedUntil\" IS NULL";

    private int Received(string address) => cluster.Smtp.Received.Count(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase));
}
