using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using SharpAugment.Cli;

namespace SharpAugment.Playground.Tests.Browser;

/// <summary>The playground on real Kestrel (a free loopback port) and Debian's chromium driven headless by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Url { get; private set; } = string.Empty;

    /// <summary>Whether this run refreshes the README's screenshots (then the pages are shown at their documented settings).</summary>
    public static bool RefreshesScreenshots => Environment.GetEnvironmentVariable("SHARPAUGMENT_SCREENSHOTS") == "1";

    /// <summary>Where the browser tests save their screenshots: docs/images only on request (SHARPAUGMENT_SCREENSHOTS=1), so a test run leaves the tree clean.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(RefreshesScreenshots
        ? Path.Combine(Support.RepoPaths.Root, "docs", "images")
        : Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>Opens <paramref name="path"/> in a fresh 1360x900 browser context and collects the page's console errors and uncaught exceptions.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1360, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text + " at " + m.Location);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(Url + path);
        return (page, errors);
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"The browser tests need Debian's chromium at {Chromium} (apt-get install -y chromium; .ci/run installs it).");
        }

        _app = PlaygroundServer.Build(new PlaygroundOptions { Port = 0 }, Registries.CreateFull());
        await _app.StartAsync();
        Url = _app.Urls.Single();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
