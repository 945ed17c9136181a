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
