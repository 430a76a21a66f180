using Mentoring.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace Mentoring.Web.Tests.Endpoints;

/// <summary>
/// The real host on a real port and the system's Chromium driven by Playwright, for what only a
/// browser shows: the page's script against the service. Playwright never downloads a browser here;
/// without Chromium the tests are skipped, saying why, unless <c>MENTORING_REQUIRE_BROWSER=1</c>
/// (CI), where a missing browser fails them.
/// </summary>
public sealed class ChatBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string RequireVariable = "MENTORING_REQUIRE_BROWSER";

    // Headless and quiet: no GPU, no QUIC, no calls home, no sandbox (containers lack the namespaces).
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mentoring-browser-{Guid.NewGuid():N}");
    private HostProcess? host;
    private IPlaywright? playwright;
    private IBrowser? browser;

    private ChatBrowser()
    {
    }

    public Uri Address { get; private set; } = null!;

    public static async Task<ChatBrowser> StartAsync()
    {
        SkipUnlessChromium();
        var session = new ChatBrowser();
        try
        {
            session.host = HostProcess.Start(new Dictionary<string, string>
            {
                ["ConnectionStrings__Mentoring"] = $"Data Source={session.DatabaseFile}",
            });
            session.Address = await session.host.ListeningAsync(Limit);
            session.playwright = await Playwright.CreateAsync();
            session.browser = await session.playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh browser context (its own sessionStorage) on <c>/chat</c>.</summary>
    public async Task<IPage> OpenChatAsync(string browserLocale = "en-GB")
    {
        var context = await browser!.NewContextAsync(new() { Locale = browserLocale });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Address, "/chat").ToString());
        return page;
    }

    public string HostErrors => host?.Errors ?? string.Empty;

    /// <summary>The host's SQLite database, to see what a conversation stored.</summary>
    public string DatabaseFile => Path.Combine(folder, "mentoring.db");

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void SkipUnlessChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{RequireVariable}=1 but there is no Chromium at {ChromiumPath}.");
        }

        Assert.Skip($"The browser tests need Chromium at {ChromiumPath} (Debian: apt-get install chromium); Playwright's own browsers are not downloaded.");
    }
}
