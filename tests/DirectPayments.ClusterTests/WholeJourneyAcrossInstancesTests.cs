using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.ClusterTests.Support;
using MimeKit;

namespace DirectPayments.ClusterTests;

/// <summary>
/// The whole path from a new citizen to the money in their account, with nginx sending every other request to the other
/// instance: the citizen registers (confirming the e-mail the outbox sent) and asks for an assessment; an administrator
/// allocates the case; the case manager records the needs assessment; the citizen sends their financial assessment
/// online; the case manager verifies it, builds and proposes a plan; the citizen and the council agree it; the case
/// manager starts a net direct payment today; finance previews this period's run and commits it, as a background job on
/// whichever instance; the citizen sees the council's payment in their account.
/// </summary>
[Collection(OneCluster.Name)]
public sealed class WholeJourneyAcrossInstancesTests(Cluster cluster)
{
    private const string Password = "Demo-Passw0rd!";
    private const string Card = "4000 1234 5678 4321";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_new_citizen_is_assessed_given_a_plan_and_paid_with_every_other_request_on_the_other_instance()
    {
        using var citizen = cluster.NewBrowser();
        using var admin = cluster.NewBrowser();
        using var manager = cluster.NewBrowser();
        using var finance = cluster.NewBrowser();
        var person = "Robin Cluster-" + Guid.NewGuid().ToString("N")[..6];
        var email = $"robin.{Guid.NewGuid():N}"[..14] + "@example.org";
        var today = Cluster.CouncilClock.Today;

        // 1. The citizen makes an account, confirms their e-mail address and asks for an assessment for themselves.
        var register = await citizen.PageAsync("/account/register");
        await Sent(citizen, register, [new("FullName", person), new("Email", email), new("Password", Password), new("ConfirmPassword", Password)]);
        var confirm = await citizen.PageAsync(await EmailedLinkAsync(email, "/account/confirm-email"));
        await Sent(citizen, confirm, []);
        await citizen.SignInAsync(email);
        await Apply(citizen, "who", ("Who", "Self"));
        await Apply(citizen, "person", ("FullName", person), ("DateOfBirth.Day", "14"), ("DateOfBirth.Month", "3"), ("DateOfBirth.Year", "1990"));
        await Apply(citizen, "difficulties", ("Difficulties", "ManagingNutrition"), ("Difficulties", "PersonalHygiene"));
        await Apply(citizen, "help", ("HelpNeeded", "I need help to wash, dress and cook in the mornings."));
        await Apply(citizen, "contact", ("ContactPhone", "01234 567890"));
        await Apply(citizen, "communication", ("PreferredContact", "Email"));
        await Sent(citizen, await citizen.PageAsync("/citizen/apply/check"), []);

        // 2. An administrator gives the case to a case manager.
        await admin.SignInAsync("admin@example.org");
        var cases = await admin.PageAsync("/administration/cases");
        var allocate = await admin.PageAsync(LinkTo(cases, $"Allocate {person}"));
        var managerId = allocate.QuerySelectorAll<IHtmlInputElement>("input[name=CaseManagerId]")
            .Single(i => allocate.QuerySelector($"label[for='{i.Id}']")?.TextContent.Trim() == "Chris Case-Manager").Value;
        await Sent(admin, allocate, [new("CaseManagerId", managerId)]);

        // 3. The case manager records the needs assessment: eligible.
        var caseload = await manager.SignInAsync("casemanager@example.org");
        var caseUrl = LinkTo(caseload, person);
        await Sent(manager, await manager.PageAsync($"{caseUrl}/needs-assessment"),
        [
            new("NeedsArise", "yes"), new("Condition", "Rheumatoid arthritis affecting both hands."),
            new("Unachieved", "ManagingNutrition"), new("Unachieved", "PersonalHygiene"), new("Unachieved", "BeingAppropriatelyClothed"),
            new("SignificantImpact", "yes"), new("WellbeingImpact", "Robin misses meals and cannot wash without pain."),
            new("Reasons", "Robin cannot achieve three outcomes, with a significant impact on wellbeing."),
        ]);

        // 4. The citizen answers their financial assessment's questions online, each answer kept as a draft (whichever
        //    instance serves the next page reads it), and sends it to the council; it asks no cost of care.
        var citizenHome = await citizen.PageAsync("/citizen");
        var citizenCase = LinkTo(citizenHome, person);
        var casePage = await citizen.PageAsync(citizenCase);
        var journey = LinkTo(casePage, "Your financial assessment");
        await Answer(citizen, journey, "disclose", ("WillDisclose", "yes"));
        await Answer(citizen, journey, "age", ("Age", "36"));
        await Answer(citizen, journey, "pension-age", ("PensionAge", "no"));
        await Answer(citizen, journey, "household", ("Household", "OnTheirOwn"));
        await Answer(citizen, journey, "children", ("Children", "0"));
        await Answer(citizen, journey, "benefits", ("Premiums", "DisabilityPremium"));
        await Answer(citizen, journey, "incomes", ("Type", "PipDailyLiving"), ("Amount", "110.40"), ("Frequency", "Weekly"));
        await Answer(citizen, journey, "incomes", ("Type", "EmploymentAndSupportAllowance"), ("Amount", "140.55"), ("Frequency", "Weekly"));
        await Answer(citizen, journey, "savings", ("Type", "Savings"), ("Amount", "2,000"), ("Joint", "no"));
        await Answer(citizen, journey, "disability-costs", ("UseStandard", "no"), ("Amount", "10.00"));
        await Sent(citizen, await citizen.PageAsync($"{journey}/check"), [], "main form[action$='/send']");

        // 5. The case manager verifies it from today, at the cost of the plan they will build.
        await Sent(manager, await manager.PageAsync($"{caseUrl}/financial-assessments/1"),
            [.. DateFields("EffectiveFrom", today), new("WeeklyCost", "240.00")]);

        // 6. The case manager builds a costed plan and proposes it; the citizen agrees it; so does the council.
        var planUrl = $"{caseUrl}/plan";
        await Sent(manager, await manager.PageAsync(planUrl), [], $"form[action='{planUrl}/start']");
        await Sent(manager, await manager.PageAsync($"{planUrl}/lines/new"),
        [
            new("Category", "PersonalAssistant"), new("Description", "Personal assistant for the morning routine"), new("Need", "PersonalHygiene"),
            new("Outcome", "Washed, dressed and fed by 9am every day"), new("Costing", "hours"), new("Hours", "12"), new("HourlyRate", "20.00"),
            new("Delivery", "DirectPayment"), new("Restriction", "None"),
        ]);
        await Sent(manager, await manager.PageAsync(planUrl), [], $"form[action='{planUrl}/propose']");
        await Sent(citizen, await citizen.PageAsync($"{citizenCase}/plan"), [], $"form[action='{citizenCase}/plan/agree']");
        await Sent(manager, await manager.PageAsync(planUrl), [], $"form[action='{planUrl}/agree']");

        // 7. The case manager starts a net direct payment onto a prepaid card, from today.
        await Sent(manager, await manager.PageAsync($"{caseUrl}/direct-payment"),
        [
            new("Basis", "Net"), new("Recipient", "ThePerson"), new("RecipientName", person), new("AccountType", "PrepaidCard"), new("AccountIdentifier", Card),
            .. DateFields("StartDate", today), .. DateFields("FirstReviewDate", today.AddMonths(3)),
        ]);

        // 8. Finance previews this period's run (the first the runs page offers): the citizen's payment is in it, from today.
        await finance.SignInAsync("finance@example.org");
        var runs = await finance.PageAsync("/payments");
        var previewLink = runs.QuerySelectorAll<IHtmlAnchorElement>("main a[href^='/payments/preview?period=']").First().GetAttribute("href")!;
        var period = DateOnly.ParseExact(previewLink["/payments/preview?period=".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var preview = await finance.PageAsync(previewLink);
        var line = Cells(preview.QuerySelectorAll("main tbody tr").Single(row => Cells(row)[0] == person));
        Assert.StartsWith(today.ToString("d MMM", English) + " to ", line[4], StringComparison.Ordinal);
        var amount = line[^1];
        Assert.StartsWith("£", amount, StringComparison.Ordinal);
        Assert.NotEqual("£0.00", amount);

        // Committed: a background job pays the run, and its page (on either instance) says when it is done.
        using var committed = await finance.SubmitAsync(preview, [], "main form[action='/payments/runs']");
        var jobPage = ClusterClient.Location(committed);
        Assert.True(committed.StatusCode == HttpStatusCode.Redirect && jobPage?.StartsWith("/jobs/", StringComparison.Ordinal) == true,
            $"Committing the run answered {(int)committed.StatusCode} {jobPage}");
        var done = await UntilFinishedAsync(finance, jobPage!);
        Assert.Equal("Done", done.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        var runLink = done.QuerySelector<IHtmlAnchorElement>("main a[data-job-result=True]")!.GetAttribute("href")!;
        Assert.Contains(person, (await finance.PageAsync(runLink)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The payment file for the finance system has the whole card number: the only place it is shown.
        using var file = await finance.SendAsync(HttpMethod.Get, $"{runLink}/payment-file.csv");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains(Card.Replace(" ", "", StringComparison.Ordinal), await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // 9. The citizen sees the council's payment in their account, dated the period's first day, for the amount previewed.
        var statement = await citizen.PageAsync($"{citizenCase}/account/statements/{period.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        Assert.Contains(statement.QuerySelectorAll("main tbody tr").Select(Cells), cells => cells[0] == period.ToString("d MMM", English) && cells.Contains(amount));

        // All of it through nginx, which dealt the requests to the instances in turn, whoever sent them; nothing failed.
        var all = new[] { citizen, admin, manager, finance }.SelectMany(b => b.Requests).OrderBy(r => r.Order).ToList();
        Assert.All(all, r => Assert.False(r.Status is HttpStatusCode.BadRequest or >= HttpStatusCode.InternalServerError, $"{r.Method} {r.Path} answered {(int)r.Status} on {r.Instance}"));
        for (var i = 1; i < all.Count; i++)
        {
            Assert.True(all[i].Instance != all[i - 1].Instance || all[i].Order != all[i - 1].Order + 1,
                $"{all[i - 1].Method} {all[i - 1].Path} and then {all[i].Method} {all[i].Path} were both answered by {all[i].Instance}");
        }

        Assert.All(Cluster.InstanceNames, instance => Assert.Contains(all, r => r.Method == "POST" && r.Instance == instance));
    }

    // The form sent, as a browser sends it: accepted (a redirect onwards), not shown again with errors.
    private static async Task Sent(ClusterClient browser, IDocument page, IEnumerable<KeyValuePair<string, string>> fields, string form = "main form")
    {
        using var response = await browser.SubmitAsync(page, fields, form);
        var errors = response.StatusCode == HttpStatusCode.OK
            ? string.Join("; ", (await ClusterClient.ParseAsync(response)).QuerySelectorAll(".govuk-error-summary li").Select(li => li.TextContent.Trim()))
            : "";
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{form} on {page.Url} answered {(int)response.StatusCode} {errors}");
    }

    private static async Task Apply(ClusterClient citizen, string step, params (string Name, string Value)[] fields) =>
        await Sent(citizen, await citizen.PageAsync($"/citizen/apply/{step}"), fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    // The financial assessment's pages that add an item (an income, a saving) have a form of their own for it.
    private static async Task Answer(ClusterClient citizen, string journey, string step, params (string Name, string Value)[] fields)
    {
        var form = step is "incomes" or "savings" ? $"main form[action='{step}']" : "main form";
        await Sent(citizen, await citizen.PageAsync($"{journey}/{step}"), fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), form);
    }

    private static IEnumerable<KeyValuePair<string, string>> DateFields(string name, DateOnly date) =>
    [
        new($"{name}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        new($"{name}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        new($"{name}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    // A link in the page's main content whose words start with the text given (a hidden "for ..." may follow).
    private static string LinkTo(IDocument page, string text) =>
        page.QuerySelectorAll<IHtmlAnchorElement>("main a").FirstOrDefault(a => a.TextContent.Trim().StartsWith(text, StringComparison.Ordinal))?.GetAttribute("href")
        ?? throw new InvalidOperationException($"No link \"{text}\" on {page.Url}");

    private static string[] Cells(IElement row) => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();

    // The link in the e-mail the relay received for the address (sent by whichever instance's outbox got to it first).
    private async Task<string> EmailedLinkAsync(string address, string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            foreach (var (to, data) in cluster.Smtp.Received)
            {
                if (!to.Contains(address, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                using var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(data)));
                var link = (message.TextBody ?? "").Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(word => Uri.TryCreate(word, UriKind.Absolute, out var uri) ? uri : null)
                    .FirstOrDefault(uri => uri?.AbsolutePath == path);
                if (link is not null)
                {
                    return link.PathAndQuery;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"No link to {path} was e-mailed to {address} within 30 s.");
            await Task.Delay(100);
        }
    }

    private static async Task<IDocument> UntilFinishedAsync(ClusterClient browser, string jobPage)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            var page = await browser.PageAsync(jobPage);
            if (page.QuerySelector(".govuk-panel__title, .govuk-error-summary") is not null)
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The run's job was not finished within 2 minutes: {page.QuerySelector("main")!.TextContent}");
            await Task.Delay(500);
        }
    }
}
