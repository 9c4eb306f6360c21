using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// The test server has no network: the machine a request comes from (a client, or a proxy in front of it) is given by
/// a header, before anything else in the pipeline runs.
/// </summary>
public sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, then) =>
        {
            if (context.Request.Headers[Header] is [{ } address])
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            }

            return then(context);
        });
        next(app);
    };
}
