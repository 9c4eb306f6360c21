using System.Text.Json;
using DirectPayments.Application.Estimator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>
/// The public estimator as JSON. No cookies are read, so there is nothing for cross-site request forgery to
/// use; machine clients cannot carry a form token (ADR 0005). Rate-limited per client.
/// </summary>
[ApiController]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("api/v1/contribution-estimates")]
[EnableRateLimiting(EstimatorRateLimit.PolicyName)]
public sealed class ContributionEstimatesApiController(ContributionEstimates estimates) : ControllerBase
{
    public const int MaximumBodyBytes = 64 * 1024;

    [HttpPost]
    [ProducesResponseType<ContributionEstimateResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var reader = new EstimateRequestReader();
        var body = await ReadBodyAsync(reader, cancellationToken);
        if (body is null)
        {
            return Invalid(reader);
        }

        EstimateRequest? request;
        using (body)
        {
            request = reader.Read(body.RootElement);
        }

        if (request is null)
        {
            return Invalid(reader);
        }

        var outcome = await estimates.EstimateAsync(request, cancellationToken);
        if (outcome.Result is null)
        {
            reader.AddError(outcome.ErrorField!, outcome.Error!);
            return Invalid(reader);
        }

        return Ok(ContributionEstimateResponse.From(outcome.Result));
    }

    // Read by hand, with a ceiling, so that a huge or broken body is a clear 400 rather than a framework error.
    private async Task<JsonDocument?> ReadBodyAsync(EstimateRequestReader reader, CancellationToken cancellationToken)
    {
        if (Request.ContentLength > MaximumBodyBytes)
        {
            reader.AddError("body", $"The request body must be {MaximumBodyBytes / 1024} KB or smaller");
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaximumBodyBytes)
            {
                reader.AddError("body", $"The request body must be {MaximumBodyBytes / 1024} KB or smaller");
                return null;
            }
        }

        if (buffer.Length == 0)
        {
            reader.AddError("body", "The request body is empty: send the estimate request as JSON");
            return null;
        }

        try
        {
            return JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            reader.AddError("body", $"The request body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})");
            return null;
        }
    }

    private ObjectResult Invalid(EstimateRequestReader reader)
    {
        var problem = new ValidationProblemDetails(reader.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The estimate request has errors",
            Detail = "Correct the fields named in errors and send the request again.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Instance = Request.Path,
        };
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
    }
}
