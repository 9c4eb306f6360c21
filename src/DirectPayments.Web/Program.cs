using DirectPayments.Application.Common;
using DirectPayments.Application;
using DirectPayments.Infrastructure;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Components;
using DirectPayments.Web.Features.Account;
using DirectPayments.Web.Features.Administration;
using DirectPayments.Web.Features.CaseManagement;
using DirectPayments.Web.Features.Citizen;
using DirectPayments.Web.Features.Estimator;
using DirectPayments.Web.Features.Payments;
using DirectPayments.Web.Features.Review;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Observability;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Quartz;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// No "Server: Kestrel" header: it tells an attacker what to try and nobody else needs it.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// The build's compressed styles and scripts live beside the project (obj/), named by the build's manifest, which only
// Development reads by itself: read it in every environment, so that the build output (the tests, the benchmarks)
// serves them as a published portal does; and only Development re-reads wwwroot as it changes, without caching
// ("ReloadStaticAssetsAtRuntime" in appsettings). A published portal has the files in its wwwroot and no such manifest,
// and there neither applies.
builder.WebHost.UseStaticWebAssets();

// Every line says which instance wrote it; Serilog takes the trace id from the request's activity (W3C traceparent,
// continued from the load balancer's when it sends one), so one request can be followed across the logs.
builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .Enrich.WithProperty("Instance", PortalInstance.Name(context.Configuration)));

builder.Services.AddApplication(builder.Configuration);
builder.Services.AddDirectPaymentsInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();

// Outside Development every cookie (sign-in, anti-forgery, TempData, the estimator's answers) is Secure, even if TLS
// ends at a proxy that does not say so: applied by the cookie policy to every cookie the portal sets.
builder.Services.Configure<CookiePolicyOptions>(options =>
    options.Secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
var proxies = ProxyNetwork.Read(builder.Configuration);

builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "DirectPayments.Antiforgery";
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
builder.Services.AddAuthorization(Policies.Add);
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CaseAuthorizationHandler>();
builder.Services.Configure<CookieTempDataProviderOptions>(options =>
{
    options.Cookie.Name = "DirectPayments.TempData";
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});

builder.Services
    .AddControllersWithViews(options =>
    {
        options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        options.Filters.Add<MustChangePasswordFilter>();
        options.Filters.Add<AddressMustNameWhatExistsFilter>();
    })
    .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
builder.Services.AddGovUkComponents();
builder.Services.AddProblemDetails();
builder.Services
    .AddAccountFeature()
    .AddCitizenFeature()
    .AddCaseManagementFeature()
    .AddPaymentsFeature()
    .AddReviewFeature()
    .AddAdministrationFeature()
    .AddEstimatorFeature(builder.Configuration);
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
builder.Services.AddHealthChecks()
    .AddDbContextCheck<DirectPaymentsDbContext>("database", tags: ["ready"])
    .AddCheck<DirectPayments.Infrastructure.Outbox.OutboxHealthCheck>("outbox", tags: ["ready"])
    // Quartz.NET's own check of the job scheduler: started, its store answering, and on a cluster checking in. Degraded,
    // never Unhealthy: an instance whose scheduler is starting or stopped still serves pages, and another runs the jobs.
    .AddQuartz(DirectPayments.Infrastructure.Jobs.BackgroundJobsRegistration.SchedulerName, o =>
    {
        o.Name = "jobs";
        o.Tags.Add("ready");
        o.FailureStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded;
        o.StandbyStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded;
    });
builder.Services.AddHsts(options =>
{
    options.MaxAge = TimeSpan.FromDays(365);
    options.IncludeSubDomains = true;
});

builder.Services.AddSingleton<RequestActivities>();
var app = builder.Build();
_ = app.Services.GetRequiredService<RequestActivities>();

// Data Protection keys (in the database: see AddPortalDataProtection) guard sign-ins and the account numbers; outside
// Development they should be encrypted at rest with a certificate.
if (!app.Environment.IsDevelopment() && !PortalDataProtection.KeysEncrypted(app.Configuration))
{
    app.Logger.LogWarning(
        "{Setting} is not set: the Data Protection keys that encrypt account numbers are stored unencrypted in the database (see docs/deployment.md)",
        PortalDataProtection.CertificatePathKey);
}

if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(app.Configuration["Audit:ChainKey"]))
{
    app.Logger.LogWarning("Audit:ChainKey is not set: the audit trail is sealed with a plain hash, which anyone who can write to the database can recompute (see docs/deployment.md)");
}

// "migrate": the deployment step (scripts/migrate.sh) applies pending migrations once, before any instance starts, and
// exits; no page is served and nothing is seeded.
if (args.Contains("migrate", StringComparer.Ordinal))
{
    using var migration = app.Services.CreateScope();
    var applied = await migration.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync();
    app.Logger.LogWarning("Applied {Count} database migrations", applied);
    return;
}

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
}

app.UseCouncilProxies(proxies);
app.UseMiddleware<SecurityHeadersMiddleware>();

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
    app.UseHttpsRedirection();
}

// Inside the page error handlers, so that the API answers problem details in every environment, never HTML.
app.UseWhen(
    context => context.Request.Path.StartsWithSegments("/api"),
    api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError }));
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/api"),
    pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
// The host's own logger (with its Instance), not Serilog's static one, which the last host built in the process owns.
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetService<Serilog.ILogger>());

// Money and dates are read and written the English way whatever the server's own culture.
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture("en-GB"),
    SupportedCultures = [new System.Globalization.CultureInfo("en-GB")],
    SupportedUICultures = [new System.Globalization.CultureInfo("en-GB")],
    RequestCultureProviders = [],
});
app.UseCookiePolicy();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
// The styles and scripts as the build left them: compressed ahead (gzip, and Brotli when published), and cached by
// browsers for a year under addresses that carry their content's hash (docs/adr/0050). Short-circuited, as the static
// file middleware was before routing, so a signed-in person's stylesheet neither reads their session nor is no-store.
app.MapStaticAssets().ShortCircuit();
app.MapControllers().WithStaticAssets();

// Anything else is "Page not found" for everyone, not a sign-in prompt: the fallback authorization policy
// would otherwise treat an unknown address as a protected page.
app.MapFallback("{*path}", context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
