using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, driven by Playwright (which cannot download browsers on these machines), headless.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    /// <summary>Screenshots are kept as CI artefacts here (see README).</summary>
    public static string ScreenshotFolder { get; } = Path.GetFullPath(Path.Combine(
        Environment.GetEnvironmentVariable("SCREENSHOT_DIR") ?? Path.Combine(RepositoryRoot(), "artifacts", "screenshots")));

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        await Instance.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>
    /// A page in a fresh context (its own cookies), at a desktop size unless told otherwise. Timeouts are 90 s, not
    /// Playwright's 30: CI runs these beside the integration tests on 2 cores, where a cold first request has taken
    /// longer than 30 s. A real failure still fails, only later.
    /// </summary>
    public async Task<IPage> NewPageAsync(bool desktop = true)
    {
        var context = await Instance.NewContextAsync(desktop ? new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } } : null);
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });

    /// <summary>
    /// When a test fails, keeps what each of its pages showed (a screenshot and the HTML) beside the screenshots, so a
    /// failure on CI can be read afterwards with the portal's log (<see cref="LivePortal.LogFile"/>).
    /// </summary>
    public static async Task KeepFailureEvidenceAsync(string test, params IPage[] pages)
    {
        for (var i = 0; i < pages.Length; i++)
        {
            var name = Path.Combine(ScreenshotFolder, $"failed-{test}-{i + 1}");
            try
            {
                await pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = name + ".png", FullPage = true, Timeout = 10_000 });
                await File.WriteAllTextAsync(name + ".html", $"<!-- {pages[i].Url} -->\n" + await pages[i].ContentAsync());
            }
            catch (PlaywrightException)
            {
                // The page may be the thing that broke: the evidence is best effort, the test's own failure stands.
            }
        }
    }

    /// <summary>Runs axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules; fails with every violation spelled out.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
            },
        });
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found WCAG violations on {page.Url}:\n{string.Join("\n", violations)}");
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DirectPayments.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<Browser>, ICollectionFixture<LivePortal>
{
    public const string Name = "Browser";
}
