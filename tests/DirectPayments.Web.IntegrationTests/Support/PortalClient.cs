using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>Drives the portal the way a browser without JavaScript would: real forms, real anti-forgery tokens.</summary>
public static class PortalClient
{
    public const string DemoPassword = "Demo-Passw0rd!";

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>Fills and submits the first form on the page at <paramref name="url"/> (or the one matching the selector).</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client,
        string url,
        IReadOnlyDictionary<string, string> fields,
        string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitFormAsync(page, fields, formSelector);
    }

    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client,
        string url,
        IEnumerable<KeyValuePair<string, string>> fields,
        string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitFormAsync(page, fields, formSelector);
    }

    public static Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client,
        IDocument page,
        IReadOnlyDictionary<string, string> fields,
        string formSelector = "main form") =>
        client.SubmitFormAsync(page, (IEnumerable<KeyValuePair<string, string>>)fields, formSelector);

    /// <summary>As a browser sends a form: the hidden fields as they are, then the given fields (a name may repeat, as checkboxes do).</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client,
        IDocument page,
        IEnumerable<KeyValuePair<string, string>> fields,
        string formSelector = "main form")
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matching '{formSelector}' on {page.Url}");
        var given = fields.ToList();
        var values = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            if (!given.Exists(f => f.Key == hidden.Name))
            {
                values.Add(new(hidden.Name!, hidden.Value));
            }
        }

        values.AddRange(given);
        // As a browser does: no action posts back to the page, and a relative one is resolved against the page's address.
        var action = form.GetAttribute("action") is { Length: > 0 } relative ? new Uri(new Uri(page.Url), relative) : new Uri(page.Url);
        using var content = new FormUrlEncodedContent(values);
        return await client.WhenJobFinishedAsync(await client.PostAsync(action.PathAndQuery, content));
    }

    /// <summary>Where a finished job's page links to what it made (a payment run's page); it fails if the job was not done.</summary>
    public static async Task<string> JobResultAsync(this HttpClient client, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var page = await client.GetDocumentAsync(response.Location() ?? throw new InvalidOperationException("The form did not start a job."));
        return page.QuerySelector("a[data-job-result=True]")?.GetAttribute("href")
            ?? throw new InvalidOperationException($"The job was not done: {page.QuerySelector("main")?.TextContent.Trim()}");
    }

    /// <summary>
    /// A form that starts work in the background (a payment run, a statement import, uprating) sends the person to the
    /// job's page, where they wait for it: so does this, asking the page how far the job has got until it has finished,
    /// then answers with the form's own response (its Location is the job's page).
    /// </summary>
    public static async Task<HttpResponseMessage> WhenJobFinishedAsync(this HttpClient client, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.Location?.OriginalString is not { } location || !location.StartsWith("/jobs/", StringComparison.Ordinal))
        {
            return response;
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var progress = await client.GetAsync($"{location}/progress");
            progress.EnsureSuccessStatusCode();
            using var json = System.Text.Json.JsonDocument.Parse(await progress.Content.ReadAsStringAsync());
            if (json.RootElement.GetProperty("finished").GetBoolean())
            {
                return response;
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"The job at {location} had not finished after a minute.");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>
    /// Signs in as a person does: the password, then for staff the code from their authenticator app (worked out from
    /// the account's key, <see cref="Totp"/>) or, for staff without one, setting one up from the key the page shows and
    /// passing the recovery codes. The answer is the last one: where the person is sent once signed in, or the page that
    /// refused them.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoPassword)
    {
        var response = await client.SubmitFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });
        // Right or wrong, a sign-in is answered: a failure here would otherwise show later as a page that is not signed in.
        Assert.True((int)response.StatusCode < 500, $"Signing in as {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.SecondStepAsync(response, email);
    }

    /// <summary>Signs in with the password only: a member of staff stops at the code (or set-up) page.</summary>
    public static Task<HttpResponseMessage> PasswordOnlyAsync(this HttpClient client, string email, string password = DemoPassword) =>
        client.SubmitFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });

    /// <summary>After the password: the code step for staff (or setting up an app), as <see cref="SignInAsync"/> does it.</summary>
    public static async Task<HttpResponseMessage> SecondStepAsync(this HttpClient client, HttpResponseMessage response, string email)
    {
        var location = response.Location();
        if (location?.StartsWith("/account/authenticator-code", StringComparison.Ordinal) == true)
        {
            return await client.SubmitFormAsync(location, new Dictionary<string, string> { ["Code"] = await PortalFactory.AuthenticatorCodeAsync(client, email) });
        }

        if (location?.StartsWith("/account/set-up-authenticator", StringComparison.Ordinal) == true)
        {
            var setUp = await client.GetDocumentAsync(location);
            var key = setUp.QuerySelector("#authenticator-key")!.TextContent;
            using var codes = await client.SubmitFormAsync(setUp, new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
            Assert.Equal("/account/recovery-codes", codes.Location());
            return await client.SubmitFormAsync(await client.GetDocumentAsync("/account/recovery-codes"), new Dictionary<string, string>());
        }

        return response;
    }

    public static string? Location(this HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString)
            : null;

    public static IReadOnlyList<string> ErrorSummary(this IDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())];
}
