namespace DirectPayments.Web.Features.Home;

/// <summary>Which friendly error page to show.</summary>
public sealed record ErrorViewModel(int StatusCode)
{
    public string Title => StatusCode switch
    {
        StatusCodes.Status404NotFound or StatusCodes.Status410Gone => "Page not found",
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "You do not have permission to see this page",
        StatusCodes.Status503ServiceUnavailable => "Sorry, the service is unavailable",
        _ => "Sorry, there is a problem with the service",
    };
}
