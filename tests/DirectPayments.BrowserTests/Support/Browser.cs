using Deque.AxeCore.Commons;
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
        var page = await context.NewPageAsync();
        Track(page);
        return page;
    }

    /// <summary>Requests each page has sent and not had answered (or failed): what a page that never loads waits on.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, System.Collections.Concurrent.ConcurrentDictionary<IRequest, DateTimeOffset>> Unanswered = [];

    private static void Track(IPage page)
    {
        var waiting = Unanswered.GetOrCreateValue(page);
        page.Request += (_, request) => waiting[request] = DateTimeOffset.UtcNow;
        page.RequestFinished += (_, request) => waiting.TryRemove(request, out DateTimeOffset _);
        page.RequestFailed += (_, request) => waiting.TryRemove(request, out DateTimeOffset _);
    }

    /// <summary>
    /// Keeps a full-page picture of the page as it is now. JPEG rather than PNG: the pictures are for people to look at,
    /// and full-page PNGs were about a quarter of a journey test's time on 2 cores; JPEGs take about two thirds of that.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.jpg"), FullPage = true, Type = ScreenshotType.Jpeg, Quality = 80 });

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
                var readyState = await pages[i].EvaluateAsync<string>("() => document.readyState");
                var waiting = Unanswered.TryGetValue(pages[i], out var requests)
                    ? string.Join("\n", requests.OrderBy(r => r.Value).Select(r => $"  {r.Key.Method} {r.Key.Url} (sent {r.Value:HH:mm:ss.fff} UTC)"))
                    : string.Empty;
                await File.WriteAllTextAsync(
                    name + ".html",
                    $"<!-- {pages[i].Url}\n  document.readyState: {readyState}\n  requests not answered:\n{waiting}\n-->\n" + await pages[i].ContentAsync());
            }
            catch (PlaywrightException)
            {
                // The page may be the thing that broke: the evidence is best effort, the test's own failure stands.
            }
        }
    }

    /// <summary>The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core: every check runs these, and only these.</summary>
    private static readonly string AxeOptions = """
        { "runOnly": { "type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] }, "resultTypes": ["violations"] }
        """;

    /// <summary>axe-core as Deque.AxeCore.Commons bundles it, read once (its provider reads the 500 kB file on every call).</summary>
    private static readonly Lazy<string> AxeSource = new(() => $"() => {{ {new BundledAxeScriptProvider().GetScript()} }}");

    /// <summary>
    /// Runs axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules; fails with every violation spelled out. axe.run in the page
    /// itself, as Deque's legacy mode does: the same rules over the same document as <c>RunAxe</c>, whose
    /// run-partial mode also opens a new browser context, injects axe twice and returns every pass and inapplicable
    /// rule, about 2 of its 3 seconds a page on 2 cores. Only violations come back (<c>resultTypes</c> trims passes).
    /// </summary>
    /// <remarks>
    /// Then the page is laid out again at 320 CSS pixels wide (WCAG 2.2 1.4.10 Reflow, and what 400% zoom on a
    /// 1280-pixel screen gives) and must not scroll sideways; the page goes back to its own size after.
    /// </remarks>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // axe measures what the styles lay out (target sizes, contrast, reflow): a parsed page may not have its
        // stylesheet yet, while the browser still checks its copy with the portal.
        await (await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('link[rel=stylesheet]')].every(link => link.sheet)", null, new() { PollingInterval = 50 })).DisposeAsync();
        var violations = await AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, $"axe found WCAG violations on {page.Url}:\n{string.Join("\n", violations)}");
        await AssertReflowsAsync(page);
    }

    /// <summary>How wide a page must still work without scrolling sideways: WCAG 2.2 1.4.10's 320 CSS pixels.</summary>
    public const int ReflowWidth = 320;

    /// <summary>Lays the page out at <see cref="ReflowWidth"/> and fails, naming the widest things, if it then scrolls sideways.</summary>
    public static async Task AssertReflowsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var size = page.ViewportSize;
        if (size is not null && size.Width != ReflowWidth)
        {
            await page.SetViewportSizeAsync(ReflowWidth, 640);
        }

        try
        {
            var tooWide = await page.EvaluateAsync<string[]>(
                """
                () => {
                  const width = window.innerWidth;
                  if (document.documentElement.scrollWidth <= width + 1) return [];
                  // The innermost things that reach past the right edge, as "tag.class (N px)".
                  return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 8)
                    .map(e => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (${Math.round(e.getBoundingClientRect().right)} px): ${(e.textContent || '').trim().slice(0, 40)}`);
                }
                """);
            Assert.True(tooWide.Length == 0, $"{page.Url} scrolls sideways at {ReflowWidth} CSS pixels (WCAG 2.2 1.4.10):\n{string.Join("\n", tooWide)}");
        }
        finally
        {
            if (size is not null && size.Width != ReflowWidth)
            {
                await page.SetViewportSizeAsync(size.Width, size.Height);
            }
        }
    }

    private static async Task<string[]> AxeViolationsAsync(IPage page)
    {
        // axe.run asks every frame for its results, so every frame gets axe, as Deque's embedder does.
        foreach (var frame in page.Frames)
        {
            if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            {
                await frame.EvaluateAsync(AxeSource.Value);
            }
        }

        return await page.EvaluateAsync<string[]>(
            """
            async options => (await axe.run(document, JSON.parse(options))).violations
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => JSON.stringify(n.target)).join(", ")}`)
            """,
            AxeOptions);
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

/// <summary>
/// Half the browser tests, on a portal and a Chromium of their own: xUnit runs the two groups side by side, which on
/// 2 cores took about 70% of the time of one after the other (the tests mostly wait on round trips). Each group has
/// its own demo data, so neither sees the other's changes, just as when the tests ran one by one on one portal.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<Browser>, ICollectionFixture<LivePortal>
{
    public const string Name = "Browser";
}

/// <summary>The other half (see <see cref="BrowserTestGroup"/>), balanced by the tests' times on CI.</summary>
[CollectionDefinition(Name)]
public sealed class SecondBrowserTestGroup : ICollectionFixture<Browser>, ICollectionFixture<LivePortal>
{
    public const string Name = "Browser, second portal";
}
