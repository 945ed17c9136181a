using Microsoft.Playwright;
using SharpAugment.Playground.Tests.Api;
using SharpAugment.Playground.Tests.Support;

namespace SharpAugment.Playground.Tests.Browser;

/// <summary>The page in a real browser: loads cleanly, the slider changes the image and its parameters, uploads work, errors show inline. Saves the README's screenshots (into docs/images with SHARPAUGMENT_SCREENSHOTS=1).</summary>
[Trait("Category", "Browser")]
public class PageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Images = BrowserFixture.Screenshots;

    [Fact]
    public async Task TheSliderChangesTheImageAndItsParametersWithNoConsoleErrors()
    {
        var (page, errors) = await OpenAsync();
        await page.SelectOptionAsync("#transform", "rotate");
        await page.SelectOptionAsync("#sample", "smiley");
        await WaitForResultAsync(page, "rotate(angle=-15..15)");
        string before = await page.GetAttributeAsync("#augmented", "src") ?? string.Empty;
        string paramsBefore = await page.TextContentAsync("#sampled") ?? string.Empty;

        await page.FillAsync("#magnitude", "0.9");
        await WaitForResultAsync(page, "rotate(angle=-27..27)");
        Assert.NotEqual(before, await page.GetAttributeAsync("#augmented", "src"));
        Assert.NotEqual(paramsBefore, await page.TextContentAsync("#sampled"));
        Assert.Contains("\"angle\"", await page.TextContentAsync("#sampled"), StringComparison.Ordinal);
        Assert.Equal("0.90", await page.TextContentAsync("#magnitude-value"));
        Assert.Equal("-27..27", await page.InputValueAsync("[data-param=angle]"));
        await WaitForStripAsync(page);
        Assert.Contains("SingleImageAugmenter.Apply", await page.TextContentAsync("#repro-csharp"), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ElasticAtSevenTenthsGivesItsPipelineTextAndAScreenshot()
    {
        var (page, errors) = await OpenAsync();
        await page.SelectOptionAsync("#sample", "photo/chelsea");
        await page.SelectOptionAsync("#transform", "elastic");
        await page.FillAsync("#magnitude", "0.7");
        await WaitForResultAsync(page, "elastic(alpha=70)");
        Assert.Contains("--pipeline 'elastic(alpha=70)' --seed 0", await page.TextContentAsync("#repro-cli"), StringComparison.Ordinal);
        await WaitForStripAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Images, "playground.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task EditingAParameterSwitchesToCustomAndTheSmileyScreenshot()
    {
        var (page, errors) = await OpenAsync();
        await page.SelectOptionAsync("#transform", "rotate");
        await WaitForResultAsync(page, "rotate(angle=-15..15)");
        await page.Locator("#params-box summary").ClickAsync();
        await page.SelectOptionAsync("[data-param=interpolation]", "bilinear");
        await WaitForResultAsync(page, "rotate(angle=-15..15, interpolation=bilinear)");
        Assert.Equal("custom", await page.TextContentAsync("#magnitude-value"));
        await WaitForStripAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Images, "playground-smiley.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AnUploadedPngIsAugmented()
    {
        var (page, errors) = await OpenAsync();
        using var dir = new TempDir();
        string file = dir.File("mine.png");
        await File.WriteAllBytesAsync(file, await ApplyApiTests.OriginalBytes("photo/horse"));
        await page.SelectOptionAsync("#transform", "vflip");
        await WaitForResultAsync(page, "vflip");
        string before = await page.GetAttributeAsync("#augmented", "src") ?? string.Empty;
        await page.SetInputFilesAsync("#upload", file);
        await page.WaitForFunctionAsync("b => document.querySelector('#augmented').getAttribute('src') !== b", before);
        Assert.Contains("mine.png", await page.TextContentAsync("#original-size"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => document.querySelector('#augmented-size').textContent.startsWith('400x')");
        Assert.True(await page.IsHiddenAsync("#error"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ACorruptUploadShowsTheError()
    {
        var (page, _) = await OpenAsync();
        using var dir = new TempDir();
        string file = dir.File("broken.png");
        await File.WriteAllTextAsync(file, "not a picture at all");
        await WaitForResultAsync(page, "rotate(angle=-15..15)");
        await page.SetInputFilesAsync("#upload", file);
        await page.WaitForSelectorAsync("#error:not([hidden])");
        Assert.Contains("not an image, or a corrupt one", await page.TextContentAsync("#error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePipelineEditorShowsASyntaxErrorInlineAndBuildsSteps()
    {
        var (page, _) = await OpenAsync();
        await WaitForResultAsync(page, "rotate(angle=-15..15)");
        await page.ClickAsync("#tab-pipeline");
        await page.SelectOptionAsync("#add-transform", "gaussian_blur");
        await page.ClickAsync("#add-step");
        await WaitForResultAsync(page, "rotate(angle=-15..15) | gaussian_blur");
        Assert.Equal(2, await page.Locator("#steps li").CountAsync());
        await page.Locator("#steps li").Nth(1).Locator("button[title='move up']").ClickAsync();
        await WaitForResultAsync(page, "gaussian_blur | rotate(angle=-15..15)");

        await page.FillAsync("#pipeline-text", "rotate(angle=30) | hflip(p=");
        await page.WaitForSelectorAsync("#pipeline-error:not([hidden])");
        string error = await page.TextContentAsync("#pipeline-error") ?? string.Empty;
        Assert.Contains("syntax error at position", error, StringComparison.Ordinal);
        await page.FillAsync("#pipeline-text", "rotate(angle=30) | brightnes");
        await page.WaitForFunctionAsync("() => document.querySelector('#pipeline-error').textContent.includes('Did you mean: brightness')");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Images, "playground-pipeline.png"), FullPage = true });
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync()
    {
        var (page, errors) = await fixture.OpenAsync("/");
        await page.WaitForSelectorAsync("#transform option[value=rotate]", new() { State = WaitForSelectorState.Attached });
        return (page, errors);
    }

    private static Task WaitForResultAsync(IPage page, string pipeline) =>
        page.WaitForFunctionAsync("p => document.querySelector('#repro-pipeline').textContent === p", pipeline, new() { Timeout = 90_000 });

    private static Task WaitForStripAsync(IPage page) =>
        page.WaitForFunctionAsync("() => [...document.querySelectorAll('#strip img')].every(i => i.complete && i.naturalWidth > 0 && !i.parentElement.classList.contains('stale'))", null, new() { Timeout = 90_000 });
}
