using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Benchmarks;

/// <summary>
/// The estimator API under load on loopback, against a JSON echo endpoint served by the same host in the same run:
/// the echo endpoint binds the same body as JSON and writes it back through the same pipeline, so the ratio shows what
/// the estimator itself (reading and checking the request, the year's rates, the assessment, the response) costs.
/// </summary>
public static class ApiLoad
{
    private const string EstimateBody = """
        {
          "financialYear": "2025-26", "age": 30, "pensionCreditAgeReached": false, "couple": false, "loneParent": false,
          "dependentChildren": 0, "disabilityPremium": true, "enhancedDisabilityPremium": true, "carerPremium": false,
          "declinedToDisclose": false,
          "incomes": [
            { "type": "PipDailyLiving", "amount": 110.40, "frequency": "Weekly" },
            { "type": "PipMobility", "amount": 77.05, "frequency": "Weekly" },
            { "type": "EmploymentAndSupportAllowance", "amount": 140.55, "frequency": "Weekly" },
            { "type": "HousingBenefit", "amount": 95.00, "frequency": "Weekly" }
          ],
          "capital": [ { "type": "Savings", "amount": 5000.00, "share": 1.0 } ],
          "housingCosts": [],
          "disabilityRelatedExpenditure": 24.55,
          "weeklyCostOfCare": 60.00
        }
        """;

    public sealed record Result(string Name, int Concurrency, double Seconds, long Requests, long Failures)
    {
        public double RequestsPerSecond => Requests / Seconds;
    }

    public static async Task<IReadOnlyList<Result>> RunAsync(int concurrency, TimeSpan duration, int rounds)
    {
        using var host = new BenchHost();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = new Uri(host.BaseUrl),
        };

        // Warm up both endpoints (JIT, EF model, connection pool).
        await MeasureAsync(client, "echo", "/bench/echo", concurrency, TimeSpan.FromSeconds(5));
        await MeasureAsync(client, "estimate", "/api/v1/contribution-estimates", concurrency, TimeSpan.FromSeconds(5));

        var results = new List<Result>();
        for (var round = 0; round < rounds; round++)
        {
            results.Add(await MeasureAsync(client, "JSON echo", "/bench/echo", concurrency, duration));
            results.Add(await MeasureAsync(client, "Estimator API", "/api/v1/contribution-estimates", concurrency, duration));
        }

        return results;
    }

    private static async Task<Result> MeasureAsync(HttpClient client, string name, string path, int concurrency, TimeSpan duration)
    {
        long requests = 0, failures = 0;
        var stopwatch = Stopwatch.StartNew();
        var deadline = stopwatch.Elapsed + duration;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (stopwatch.Elapsed < deadline)
            {
                using var content = new StringContent(EstimateBody, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(path, content);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref requests);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(workers);
        return new Result(name, concurrency, stopwatch.Elapsed.TotalSeconds, requests, failures);
    }
}

/// <summary>
/// Served by the same MVC pipeline as the estimator (routing, security headers, authorization, JSON binding),
/// so that the ratio measures the estimator's own work, not the framework around it.
/// </summary>
[ApiController]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("bench/echo")]
public sealed class EchoController : ControllerBase
{
    [HttpPost]
    public IActionResult Echo([FromBody] JsonElement body) => Ok(body);
}
