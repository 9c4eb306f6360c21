using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Estimator;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Administration;

public sealed class ChargingYearsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string MigUrl = "/administration/charging-years/2024-25/rates/MigSingle25ToPensionCreditAge";

    [Fact]
    public async Task Years_ListsEveryYearNewestFirst()
    {
        var admin = await Admin();

        var page = await admin.GetDocumentAsync("/administration/charging-years");

        var years = page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(years.OrderDescending(StringComparer.Ordinal), years);
        Assert.Equal(["2026-27", "2025-26", "2024-25"], years.Where(y => string.CompareOrdinal(y, "2026-27") <= 0));
    }

    [Fact]
    public async Task EditRate_SavesTheNewValue_AuditsIt_AndTheEstimatorUsesIt()
    {
        var admin = await Admin();

        var response = await admin.SubmitFormAsync("/administration/charging-years/2025-26/rates/MigSingle25ToPensionCreditAge", new Dictionary<string, string>
        {
            ["Amount"] = "£113.50",
            ["Status"] = "Confirmed",
            ["Source"] = "LAC(DHSC)(2025)1, corrected",
        });

        Assert.Equal("/administration/charging-years/2025-26", response.Location());
        var page = await admin.GetDocumentAsync("/administration/charging-years/2025-26");
        Assert.Contains(page.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("MIG: single, 25 to pension credit age", StringComparison.Ordinal)
            && r.TextContent.Contains("£113.50 a week", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("admin@example.org", StringComparison.Ordinal)
            && r.TextContent.Contains("£112.50", StringComparison.Ordinal) && r.TextContent.Contains("£113.50", StringComparison.Ordinal));
        var estimate = await factory.CreateClient().PostAsJsonAsync("/api/v1/contribution-estimates",
            WorkedExamplesThroughApiTests.RequestFor(WorkedExamplesThroughApiTests.Vector("V01")));
        Assert.Equal(39.00m, (await estimate.Content.ReadFromJsonAsync<JsonObject>())!["weeklyContribution"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("abc", "Amount must be a number, like 112.50")]
    [InlineData("-1", "Amount must be £0 or more")]
    [InlineData("1.005", "Amount must not have more than 2 decimal places")]
    [InlineData("", "Enter the amount")]
    public async Task EditRate_WithABadAmount_ShowsTheErrorKeepsTheAnswersAndSavesNothing(string amount, string message)
    {
        var admin = await Admin();

        var response = await admin.SubmitFormAsync(MigUrl, new Dictionary<string, string>
        {
            ["Amount"] = amount,
            ["Status"] = "Derived",
            ["Source"] = "My working",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal("My working", page.QuerySelector<IHtmlTextAreaElement>("#Source")?.Value);
        Assert.Equal(amount, page.QuerySelector<IHtmlInputElement>("#Amount")?.Value);
        Assert.Equal(11060, (await Rate(2024, RateKey.MigSingle25ToPensionCreditAge)).Amount.Pence);
    }

    [Fact]
    public async Task A_tariff_step_of_nothing_is_refused_at_the_amount_and_not_saved()
    {
        var admin = await Admin();

        var response = await admin.SubmitFormAsync("/administration/charging-years/2024-25/rates/TariffStep", new Dictionary<string, string>
        {
            ["Amount"] = "0", ["Status"] = "Confirmed", ["Source"] = "LAC(DHSC)(2024)1",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Amount must be more than £0.00: tariff income is £1 a week for each band of capital, so a band cannot be nothing"], page.ErrorSummary());
        Assert.Equal("#Amount", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(25000, (await Rate(2024, RateKey.TariffStep)).Amount.Pence);
    }

    [Fact]
    public async Task An_upper_capital_limit_below_the_lower_is_refused_at_the_amount_and_not_saved()
    {
        var admin = await Admin();

        var response = await admin.SubmitFormAsync("/administration/charging-years/2024-25/rates/UpperCapitalLimit", new Dictionary<string, string>
        {
            ["Amount"] = "1.00", ["Status"] = "Confirmed", ["Source"] = "LAC(DHSC)(2024)1",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Amount must be at least the lower capital limit for the year, £14,250.00"], page.ErrorSummary());
        Assert.Equal(2_325_000, (await Rate(2024, RateKey.UpperCapitalLimit)).Amount.Pence);
    }

    [Fact]
    public async Task A_rate_of_a_billion_pounds_is_refused_at_the_amount()
    {
        var admin = await Admin();

        var response = await admin.SubmitFormAsync("/administration/charging-years/2024-25/rates/TariffStep", new Dictionary<string, string>
        {
            ["Amount"] = "1000000000", ["Status"] = "Confirmed", ["Source"] = "LAC(DHSC)(2024)1",
        });

        Assert.Equal(["Amount must be £1,000,000 or less"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task EditRate_WhenSomeoneElseSavedFirst_IsRefusedAndTheirChangeIsKept()
    {
        var first = await Admin();
        var second = await Admin();
        var firstPage = await first.GetDocumentAsync("/administration/charging-years/2024-25/rates/CarerPremium");
        var secondPage = await second.GetDocumentAsync("/administration/charging-years/2024-25/rates/CarerPremium");

        await first.SubmitFormAsync(firstPage, new Dictionary<string, string> { ["Amount"] = "52.40", ["Status"] = "Confirmed", ["Source"] = "First" });
        var response = await second.SubmitFormAsync(secondPage, new Dictionary<string, string> { ["Amount"] = "60.00", ["Status"] = "Confirmed", ["Source"] = "Second" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Someone else changed these figures while you were editing", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var rate = await Rate(2024, RateKey.CarerPremium);
        Assert.Equal(5240, rate.Amount.Pence);
        Assert.Equal("First", rate.Source);
    }

    [Fact]
    public async Task AddYear_AddsTheNextYearAsAnUnconfirmedCopy()
    {
        var admin = await Admin();
        var list = await admin.GetDocumentAsync("/administration/charging-years");

        var response = await admin.SubmitFormAsync(list, new Dictionary<string, string> { ["position"] = "next" }, "main form");

        Assert.Equal("/administration/charging-years/2027-28", response.Location());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var added = await db.Set<ChargingYear>().Include(y => y.Rates).SingleAsync(y => y.StartYear == 2027);
        Assert.True(added.HasEveryRate);
        Assert.All(added.Rates, r => Assert.Equal(RateStatus.Unconfirmed, r.Status));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ChargingYear) && a.EntityId == added.Id.ToString() && a.UserName == "admin@example.org"));
    }

    [Fact]
    public async Task EditPolicy_WithAMinimumChargeAboveTheContribution_MakesTheEstimateNothing()
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2025-26/policy");

        var response = await admin.SubmitFormAsync(form, PolicyFields(form, ("MinimumWeeklyCharge", "45.00")));

        Assert.Equal("/administration/charging-years/2025-26", response.Location());
        var request = WorkedExamplesThroughApiTests.RequestFor(WorkedExamplesThroughApiTests.Vector("V02"));
        request.Remove("policy");
        var estimate = await factory.CreateClient().PostAsJsonAsync("/api/v1/contribution-estimates", request);
        Assert.Equal(0.00m, (await estimate.Content.ReadFromJsonAsync<JsonObject>())!["weeklyContribution"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task EditPolicy_WithAPercentageOver100_ShowsTheErrorAndKeepsTheAnswers()
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        var response = await admin.SubmitFormAsync(form, PolicyFields(form, ("ChargePercent", "150"), ("SurplusThresholdWeeks", "6")));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Percentage of disposable income charged must be a number from 0 to 100"], page.ErrorSummary());
        Assert.Equal("6", page.QuerySelector<IHtmlInputElement>("#SurplusThresholdWeeks")?.Value);
    }

    [Fact]
    public async Task EditPolicy_DisregardingTheNightCareElement_IsUsedByTheNextEstimate()
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        await admin.SubmitFormAsync(form, PolicyFields(form, ("DisregardNightCareElement", "true")));

        // Attendance Allowance at the 2024-25 higher rate £108.55, no night care: £108.55 - (£108.55 - £72.65) = £72.65 counted.
        var estimate = await factory.CreateClient().PostAsJsonAsync("/api/v1/contribution-estimates", new JsonObject
        {
            ["financialYear"] = "2024-25",
            ["age"] = 70,
            ["pensionCreditAgeReached"] = true,
            ["nightCareArranged"] = false,
            ["weeklyCostOfCare"] = 200.00m,
            ["incomes"] = new JsonArray(new JsonObject { ["type"] = "AttendanceAllowance", ["amount"] = 108.55m, ["frequency"] = "Weekly" }),
        });
        Assert.Equal(72.65m, (await estimate.Content.ReadFromJsonAsync<JsonObject>())!["assessableIncome"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task EditPolicy_WithAnIncomeDisregardedBothWhollyAndInPart_ShowsTheError()
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        var response = await admin.SubmitFormAsync(form, PolicyFields(form, ("DisregardedIncomeTypes", "WarWidowsPension")));

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("War widow's or widower's pension cannot be disregarded both wholly and in part: choose one", page.ErrorSummary());
    }

    [Fact]
    public async Task EditPolicy_WithACapitalLimitBelowTheNationalOne_ShowsTheErrorAndSavesNothing()
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        var response = await admin.SubmitFormAsync(form, PolicyFields(form, ("LowerCapitalLimit", "10000")));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
            "Your lower capital limit must be at least the national limit of £14,250.00, or left empty.",
            page.QuerySelector(".govuk-error-summary__list")?.TextContent.Trim());
    }

    [Fact]
    public async Task EditPolicy_WithAStandardAllowanceForLaundry_CapsLaundryInTheNextEstimate()
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        await admin.SubmitFormAsync(form, PolicyFields(form, ("DreAllowances[Laundry]", "3.00")));

        var estimate = await factory.CreateClient().PostAsJsonAsync("/api/v1/contribution-estimates", new JsonObject
        {
            ["financialYear"] = "2024-25",
            ["age"] = 70,
            ["pensionCreditAgeReached"] = true,
            ["weeklyCostOfCare"] = 200.00m,
            ["incomes"] = new JsonArray(new JsonObject { ["type"] = "StatePension", ["amount"] = 221.20m, ["frequency"] = "Weekly" }),
            ["disabilityRelatedExpenditureItems"] = new JsonArray(new JsonObject { ["type"] = "Laundry", ["amount"] = 5.00m, ["frequency"] = "Weekly" }),
        });
        Assert.Equal(3.00m, (await estimate.Content.ReadFromJsonAsync<JsonObject>())!["disabilityRelatedExpenditure"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task EditPolicy_WithAStandardAllowanceThatIsNotAnAmount_ShowsTheErrorAndKeepsTheAnswers()
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        var response = await admin.SubmitFormAsync(form, PolicyFields(form, ("DreAllowances[Laundry]", "lots"), ("SurplusThresholdWeeks", "6")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("lots", page.QuerySelector<IHtmlInputElement>("input[name='DreAllowances[Laundry]']")?.Value);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-5")]
    public async Task A_standard_allowance_that_is_not_an_amount_is_one_error_naming_it_linked_to_its_box(string typed)
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        var page = await PortalClient.ParseAsync(await admin.SubmitFormAsync(form, PolicyFields(form, ("DreAllowances[Laundry]", typed))));

        var errors = page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
        var box = page.QuerySelector("input[name='DreAllowances[Laundry]']")!.Id;
        Assert.Equal(["The standard allowance for extra laundry must be from £0.00 to £1,000.00 a week, or left empty"], errors);
        Assert.Equal($"#{box}", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_income_to_disregard_that_is_not_offered_is_linked_to_the_first_box_of_the_choices()
    {
        var admin = await Admin();
        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        var page = await PortalClient.ParseAsync(await admin.SubmitFormAsync(form, PolicyFields(form, ("DisregardedIncomeTypes", "Nope"))));

        var href = page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href")!;
        Assert.Equal("DisregardedIncomeTypes", page.QuerySelector(href)?.GetAttribute("name"));
    }

    [Fact]
    public async Task EditPolicy_DoesNotOfferHelpWithHousingCostsAsAnIncomeToDisregard()
    {
        var admin = await Admin();

        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        Assert.Empty(form.QuerySelectorAll("input[name=DisregardedIncomeTypes][value=HousingBenefit]"));
    }

    [Fact]
    public async Task EditPolicy_ShowsTheIncomesTheLawDisregardsAsFixedNotAsChoices()
    {
        var admin = await Admin();

        var form = await admin.GetDocumentAsync("/administration/charging-years/2024-25/policy");

        Assert.Empty(form.QuerySelectorAll("input[name=DisregardedIncomeTypes][value=Earnings]"));
        Assert.Contains("never counted, whatever you choose below: Earnings from work", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("casemanager@example.org")]
    [InlineData("citizen@example.org")]
    public async Task ChargingYears_ForAnyoneButAnAdministrator_AreRefused(string email)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync(MigUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    // Every field as the form shows it, with some changed: what a browser would send.
    private static List<KeyValuePair<string, string>> PolicyFields(IDocument form, params (string Name, string Value)[] changes)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("main form input"))
        {
            var send = input.Type switch
            {
                "radio" or "checkbox" => input.IsChecked,
                "hidden" => false,
                _ => true,
            };
            if (send)
            {
                fields.Add(new(input.Name!, input.Value));
            }
        }

        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return fields;
    }

    private async Task<HttpClient> Admin()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("admin@example.org");
        return client;
    }

    private async Task<RateEntry> Rate(int startYear, RateKey key)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var year = await db.Set<ChargingYear>().Include(y => y.Rates).AsNoTracking().SingleAsync(y => y.StartYear == startYear);
        return year.RateFor(key)!;
    }
}
