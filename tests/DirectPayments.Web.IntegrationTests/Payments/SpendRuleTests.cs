using DirectPayments.Domain.Accounts;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

public sealed class SpendRuleTests
{
    [Fact]
    public async Task A_new_rule_is_saved_as_data()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        await finance.SubmitFormAsync("/payments/spend-rules/new", Rule("Garden centres", "5261", "", "", "HouseholdBills"));

        var rule = await factory.QueryAsync(db => db.Set<SpendCategoryRule>().SingleAsync(r => r.Name == "Garden centres"));
        Assert.Equal(5261, rule.MccFrom);
        Assert.Equal(SpendConcern.HouseholdBills, rule.Flag);
    }

    [Fact]
    public async Task A_rule_with_neither_a_code_nor_words_is_refused_and_the_answers_kept()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var response = await finance.SubmitFormAsync("/payments/spend-rules/new", Rule("Nothing to match", "", "", "Equipment", "None"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter a merchant category code or words in the merchant's name"], page.ErrorSummary());
        Assert.Equal("Nothing to match", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_change_from_a_stale_page_is_refused()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("finance@example.org");
        var second = await factory.SignedInAsync("admin@example.org");
        var id = await factory.QueryAsync(db => db.Set<SpendCategoryRule>().Where(r => r.Name == "Taxis").Select(r => r.Id).SingleAsync());
        var stale = await second.GetDocumentAsync($"/payments/spend-rules/{id}");

        await first.SubmitFormAsync($"/payments/spend-rules/{id}", Rule("Taxis and minicabs", "4121", "", "Transport", "None"));
        var response = await second.SubmitFormAsync(stale, Rule("Taxis (changed)", "4121", "", "Transport", "None"));

        Assert.Contains("Someone else changed this rule", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
        Assert.Equal("Taxis and minicabs", await factory.QueryAsync(db => db.Set<SpendCategoryRule>().Where(r => r.Id == id).Select(r => r.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_case_manager_cannot_change_the_rules()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");

        using var response = await manager.GetAsync("/payments/spend-rules");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Rule(string name, string mcc, string words, string category, string flag) => new()
    {
        ["Name"] = name, ["Priority"] = "25", ["MccFrom"] = mcc, ["MccTo"] = "", ["MerchantContains"] = words, ["Category"] = category, ["Flag"] = flag,
    };
}
