using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.ClusterTests.Support;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.ClusterTests;

/// <summary>A person's visit when nginx sends each of their requests to the other instance from the last.</summary>
[Collection(OneCluster.Name)]
public sealed class JourneyAcrossInstancesTests(Cluster cluster)
{
    [Fact]
    public async Task A_person_signed_in_on_one_instance_stays_signed_in_and_their_forms_are_accepted_on_the_other()
    {
        using var browser = cluster.NewBrowser();
        await Journey(browser);

        // Nobody was sent back to sign in, no form's anti-forgery token was refused, nothing failed.
        Assert.All(browser.Requests, r => Assert.False(r.Status is HttpStatusCode.BadRequest or >= HttpStatusCode.InternalServerError, $"{r.Method} {r.Path} answered {(int)r.Status} on {r.Instance}"));
        Assert.DoesNotContain(browser.Requests.Skip(2), r => r.Path.StartsWith("/account/sign-in", StringComparison.Ordinal));
        Assert.Contains(browser.Requests, r => r.Method == "POST" && r.Path.StartsWith("/citizen/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_of_staff_gives_their_password_to_one_instance_and_their_authenticator_code_to_the_other()
    {
        using var browser = cluster.NewBrowser();
        var form = await browser.PageAsync("/account/sign-in");

        using var password = await browser.OnAsync("a", b => b.SubmitAsync(form, [new("Email", "reviewer@example.org"), new("Password", DemoDataSeeder.Password)]));
        var codePath = ClusterClient.Location(password);
        Assert.StartsWith("/account/authenticator-code", codePath, StringComparison.Ordinal);
        var codePage = await browser.PageAsync(codePath!);
        var code = await Totp.UnusedAsync("cluster reviewer@example.org", DemoDataSeeder.StaffAuthenticatorKey);
        using var signedIn = await browser.OnAsync("b", b => b.SubmitAsync(codePage, [new("Code", code)]));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var home = ClusterClient.Location(signedIn)!;
        Assert.False(home.StartsWith("/account/", StringComparison.Ordinal), $"Signing in ended at {home}");
        using var page = await browser.OnAsync("a", b => b.SendAsync(HttpMethod.Get, home));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Nginx_deals_a_persons_requests_to_each_instance_in_turn()
    {
        using var browser = cluster.NewBrowser();
        await Journey(browser);

        Assert.Equal(Cluster.InstanceNames, browser.Requests.Select(r => r.Instance).Distinct().Order(StringComparer.Ordinal));
        for (var i = 1; i < browser.Requests.Count; i++)
        {
            Assert.NotEqual(browser.Requests[i - 1].Instance, browser.Requests[i].Instance);
        }
    }

    [Fact]
    public async Task Each_instance_logs_under_its_own_name_the_requests_nginx_sent_it_and_no_others()
    {
        using var browser = cluster.NewBrowser();
        await Journey(browser);

        foreach (var request in browser.Requests)
        {
            var other = Cluster.InstanceNames.Single(i => i != request.Instance);
            var line = await LoggedAsync(request.Instance, request.TraceId);
            Assert.Contains($" {request.Instance} {request.TraceId} ", line, StringComparison.Ordinal);
            Assert.Contains($"HTTP {request.Method} {request.Path} responded {(int)request.Status}", line, StringComparison.Ordinal);
            Assert.DoesNotContain(cluster.LogOf(other), l => l.Contains(request.TraceId, StringComparison.Ordinal));
        }
    }

    // Signing in, the pages of their case, and the first questions of an application, whose answers are kept (in the
    // database) between one page and the next: the name the first page's answer puts on the second comes from there.
    private static async Task Journey(ClusterClient browser)
    {
        var home = await browser.SignInAsync("citizen@example.org");
        var caseLink = home.QuerySelectorAll("main a[href^='/citizen/cases/']").Select(a => a.GetAttribute("href")!).First();
        await browser.PageAsync(caseLink);
        await browser.PageAsync(caseLink + "/account");
        await browser.PageAsync(caseLink + "/plan");
        await browser.PageAsync(caseLink + "/evidence");

        // An application begun on an earlier visit is thrown away, so that this one starts at the first question.
        var start = await browser.PageAsync("/citizen/apply");
        var who = start.QuerySelector("form[action='/citizen/apply/start-again']") is null
            ? await browser.PageAsync("/citizen/apply/who")
            : await browser.FollowAsync(await browser.SubmitAsync(start, [], "form[action='/citizen/apply/start-again']"));
        var person = await browser.FollowAsync(await browser.SubmitAsync(who, [new("Who", "Self")]));
        Assert.Equal("Alex Citizen", person.QuerySelector<IHtmlInputElement>("input[name=FullName]")?.Value);
        var next = await browser.FollowAsync(await browser.SubmitAsync(person,
            [new("FullName", "Alex Citizen"), new("DateOfBirth.Day", "14"), new("DateOfBirth.Month", "5"), new("DateOfBirth.Year", "1996")]));
        Assert.Empty(next.QuerySelectorAll(".govuk-error-summary"));
        await browser.PageAsync("/citizen");
    }

    // The request log line is written as the answer ends: wait for it a moment at most.
    private async Task<string> LoggedAsync(string instance, string traceId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            if (cluster.LogOf(instance).LastOrDefault(l => l.Contains(traceId, StringComparison.Ordinal) && l.Contains("HTTP ", StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Instance {instance} logged no request under trace {traceId}");
            await Task.Delay(50);
        }
    }
}
