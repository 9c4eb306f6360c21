namespace DirectPayments.Web.Features.Home;

/// <summary>Which friendly error page to show.</summary>
/// <param name="StatusCode">The failed request's status.</param>
/// <param name="AfterAForm">
/// The failed request sent a form: a 400 then is almost always a form whose anti-forgery token no longer fits (left open
/// a long time, or the person signed in or out in another tab), not a failure of the service.
/// </param>
public sealed record ErrorViewModel(int StatusCode, bool AfterAForm = false)
{
    public bool FormRefused => StatusCode == StatusCodes.Status400BadRequest && AfterAForm;

    public string Title => StatusCode switch
    {
        StatusCodes.Status404NotFound or StatusCodes.Status410Gone => "Page not found",
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "You do not have permission to see this page",
        StatusCodes.Status503ServiceUnavailable => "Sorry, the service is unavailable",
        _ when FormRefused => "Sorry, we could not use that form",
        _ => "Sorry, there is a problem with the service",
    };
}
