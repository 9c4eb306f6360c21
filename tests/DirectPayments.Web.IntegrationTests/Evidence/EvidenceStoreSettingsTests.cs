using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Evidence;

/// <summary>A wrong evidence setting stops the portal at start, before any document is moved or sent.</summary>
public sealed class EvidenceStoreSettingsTests
{
    [Fact]
    public void The_azure_store_without_a_connection_string_stops_the_portal_at_start()
    {
        using var portal = new PortalFactory { Settings = new Dictionary<string, string> { ["Evidence:Store"] = "AzureBlob" } };

        var refused = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Evidence:AzureBlob:ConnectionString must be set", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evidence_store_the_portal_does_not_know_stops_the_portal_at_start()
    {
        using var portal = new PortalFactory { Settings = new Dictionary<string, string> { ["Evidence:Store"] = "Disk" } };

        var refused = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Evidence:Store", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_the_storage_emulators_development_account()
    {
        using var portal = new PortalFactory
        {
            EnvironmentName = "Production",
            Settings = new Dictionary<string, string> { ["Evidence:Store"] = "AzureBlob", ["Evidence:AzureBlob:ConnectionString"] = "UseDevelopmentStorage=true" },
        };

        var refused = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("storage emulator's development account", refused.Message, StringComparison.Ordinal);
    }
}
