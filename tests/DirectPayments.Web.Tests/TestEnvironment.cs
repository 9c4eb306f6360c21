using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace DirectPayments.Web.Tests;

/// <summary>A host environment of the given name, for settings that depend on where the portal runs.</summary>
internal sealed class TestEnvironment(string name) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;

    public string ApplicationName { get; set; } = "DirectPayments.Web";

    public string ContentRootPath { get; set; } = "/";

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
