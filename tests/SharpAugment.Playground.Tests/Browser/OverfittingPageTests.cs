using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SharpAugment.Demos.Overfitting;
using SharpAugment.Playground.Tests.Support;

namespace SharpAugment.Playground.Tests.Browser;

/// <summary>The augmentation-vs-overfitting page in a real browser: Train streams frames that fill the accuracy line and draw both boundaries; sliders retrain; Reset clears; a bad setting shows the server's message. Saves docs/images/playground-overfitting.png with SHARPAUGMENT_SCREENSHOTS=1.</summary>
[Trait("Category", "Browser")]
public partial class OverfittingPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Blank = "No Aug: -/-% | With Aug: -/-%";

    // The share of a canvas's pixels that are not white: 0 for an empty plane.
    private const string Inked = """
        id => { const c = document.getElementById(id); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 250 || d[i + 1] < 250 || d[i + 2] < 250) n++; return n / (d.length / 4); }
        """;

    [Fact]
    public async Task TrainingFillsTheAccuracyLineLiveAndDrawsBothBoundaries()
    {
        var (page, errors) = await OpenAsync();
        Assert.Equal(Blank, await page.TextContentAsync("#accuracy"));
        Assert.Equal(0, await page.EvaluateAsync<double>(Inked, "plain"));

        // Every text the step label shows, so the test sees intermediate frames, not only the end.
        await page.EvaluateAsync("""
            () => { window.seen = new Set(); new MutationObserver(() => window.seen.add(document.getElementById('step').textContent))
                      .observe(document.getElementById('step'), { childList: true, characterData: true, subtree: true }); }
            """);
        // The documented screenshot shows the defaults (2,000 steps); a plain test run trains 300 so it stays quick on a loaded machine.
        int steps = BrowserFixture.RefreshesScreenshots ? new OverfittingSettings().Steps : 300;
        await page.FillAsync("#steps", steps.ToString(CultureInfo.InvariantCulture));
        await page.ClickAsync("#train");
        await WaitForDoneAsync(page);

        var intermediate = await page.EvaluateAsync<string[]>("() => [...window.seen].filter(s => s.startsWith('step '))");
        Assert.True(intermediate.Length >= 2, "frames drawn while training: " + string.Join(" / ", intermediate));

        // The page shows the numbers of the library's session on the same settings (the CLI's defaults but the steps).
        var expected = new OverfittingSession(new OverfittingSettings { Steps = steps }).Run();
        var shown = Numbers(await page.TextContentAsync("#accuracy"));
        AssertPercent(expected.NoAugmentation.TrainAccuracy, shown[0]);
        AssertPercent(expected.NoAugmentation.TestAccuracy, shown[1]);
        AssertPercent(expected.WithAugmentation.TrainAccuracy, shown[2]);
        AssertPercent(expected.WithAugmentation.TestAccuracy, shown[3]);
        Assert.Contains("tabular_rotate(angle=-16..16)", await page.TextContentAsync("#pipeline"), StringComparison.Ordinal);

        foreach (string canvas in new[] { "plain", "augmented" })
        {
            Assert.InRange(await page.EvaluateAsync<double>(Inked, canvas), 0.5, 1);
        }

        string plain = await page.EvaluateAsync<string>("() => document.getElementById('plain').toDataURL()");
        string augmented = await page.EvaluateAsync<string>("() => document.getElementById('augmented').toDataURL()");
        Assert.NotEqual(plain, augmented);
        await page.CheckAsync("#show-test");
        Assert.NotEqual(plain, await page.EvaluateAsync<string>("() => document.getElementById('plain').toDataURL()"));

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "playground-overfitting.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task MovingTheStrengthSliderRetrainsAndResetClears()
    {
        var (page, errors) = await OpenAsync();
        await page.FillAsync("#steps", "150");
        await page.ClickAsync("#train");
        await WaitForDoneAsync(page);
        string first = await page.TextContentAsync("#accuracy") ?? string.Empty;

        // Strength 0: nothing to augment, so both networks see the same data and stay identical.
        await page.FillAsync("#strength", "0");
        Assert.Equal("0.00", await page.TextContentAsync("#strength-value"));
        await page.WaitForFunctionAsync("() => document.getElementById('pipeline').textContent.startsWith('(none')", null, new() { Timeout = 120_000 });
        await WaitForDoneAsync(page);
        var shown = Numbers(await page.TextContentAsync("#accuracy"));
        Assert.Equal(shown[0], shown[2]);
        Assert.Equal(shown[1], shown[3]);
        Assert.NotEqual(first, await page.TextContentAsync("#accuracy"));
        Assert.Equal(
            await page.EvaluateAsync<string>("() => document.getElementById('plain').toDataURL()"),
            await page.EvaluateAsync<string>("() => document.getElementById('augmented').toDataURL()"));

        await page.ClickAsync("#reset");
        Assert.Equal(Blank, await page.TextContentAsync("#accuracy"));
        Assert.Equal(0, await page.EvaluateAsync<double>(Inked, "augmented"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ABadSettingShowsTheServersMessage()
    {
        var (page, _) = await OpenAsync();
        await page.FillAsync("#steps", "20000");
        await page.ClickAsync("#train");
        await page.WaitForSelectorAsync("#error:not([hidden])");
        Assert.Contains("steps must be a whole number from 1 to 10000, got '20000'", await page.TextContentAsync("#error"), StringComparison.Ordinal);
        Assert.Equal(Blank, await page.TextContentAsync("#accuracy"));
    }

    private static void AssertPercent(double fraction, double shown) => Assert.InRange(shown, (100 * fraction) - 0.051, (100 * fraction) + 0.051);

    private static double[] Numbers(string? line)
    {
        var match = AccuracyLine().Match(line ?? string.Empty);
        Assert.True(match.Success, "accuracy line: " + line);
        return [.. match.Groups.Values.Skip(1).Select(g => double.Parse(g.Value, CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex(@"^No Aug: (\d+\.\d)/(\d+\.\d)% \| With Aug: (\d+\.\d)/(\d+\.\d)%$")]
    private static partial Regex AccuracyLine();

    private static Task WaitForDoneAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.getElementById('step').textContent.startsWith('done:')", null, new() { Timeout = 120_000 });

    private async Task<(IPage Page, List<string> Errors)> OpenAsync()
    {
        var (page, errors) = await fixture.OpenAsync("/overfitting");
        await page.WaitForSelectorAsync("#nav a.active");
        Assert.Equal("Augmentation vs overfitting", await page.TextContentAsync("#nav a.active"));
        return (page, errors);
    }
}
