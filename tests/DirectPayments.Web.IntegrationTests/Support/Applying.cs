namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>"Ask for an assessment", answered as a person would.</summary>
public static class Applying
{
    /// <summary>One step of the application: its page read, the fields filled in, the form sent.</summary>
    public static async Task<HttpResponseMessage> AnswerApplyStepAsync(this HttpClient client, string step, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetDocumentAsync($"/citizen/apply/{step}");
        return await client.SubmitFormAsync(page, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
    }
}
