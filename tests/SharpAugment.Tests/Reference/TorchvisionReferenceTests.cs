using System.Globalization;
using System.Text.Json;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Reference;

/// <summary>
/// Issue 2: every deterministic pipeline of the issue, run through our registry on photographs (gray and RGB, several
/// sizes), against torchvision 0.14's uint8 tensor output. Fixtures come from tools/make_torchvision_fixtures.py
/// (format in tools/README.md); this test needs no Python.
/// </summary>
public class TorchvisionReferenceTests
{
    /// <summary>The issue's pipelines, verbatim: the manifest must cover each of them on every input.</summary>
    private static readonly string[] IssuePipelines =
    [
        "hflip",
        "vflip",
        "rotate(angle=30)",
        "rotate(angle=-17.5, interpolation=bilinear)",
        "affine(angle=15, translate=[10,5], scale=1.1, shear=[10,0])",
        "affine(angle=15, translate=[10,5], scale=1.1, shear=[10,0], interpolation=bilinear)",
        "resize(width=224, height=160, interpolation=bilinear)",
        "center_crop(width=200, height=150)",
        "brightness(factor=1.3)",
        "contrast(factor=1.5)",
        "saturation(factor=1.8)",
        "hue(factor=0.1)",
        "gamma(gamma=0.7)",
        "sharpness(factor=2.0)",
        "posterize(bits=3)",
        "solarize(threshold=100)",
        "autocontrast",
        "equalize",
        "invert",
        "grayscale",
        "gaussian_blur(kernel_size=5, sigma=1.5)",
        "erase(x=10, y=20, width=50, height=40, value=0)",
        "pad(padding=7, mode=reflect)",
    ];

    // The three bars are the issue's acceptance criteria, not numbers tuned to pass:
    // "pixel ops within 1 on at least 99.5% of values": ±1 absorbs float32-vs-double and truncation-order
    // differences in blends and LUTs; 0.5% of values may differ more (e.g. hue's HSV round trip near hue wrap).
    // Counted in integers (at most 5 per mille of values beyond ±1) so the 99.5% boundary is exact.
    private const int PixelWithin = 1;
    private const int PixelMaxPerMilleBeyond = 5;

    // "nearest geometry with under 3% of pixels differing": torchvision rounds grid coordinates half-to-even in
    // float32, so pixels whose source coordinate lies on a rounding boundary may pick the neighbour; torchvision's
    // own PIL-vs-tensor tests accept the same 3%.
    private const int NearestMaxPercentDiffering = 3;

    // "bilinear geometry and blur with mean absolute difference at most 1.5": interpolation weights (fixed point
    // vs float32) and antialias filter support differ slightly; the mean over all values bounds them.
    private const double BilinearMaxMeanAbsDiff = 1.5;

    private static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures", "torchvision");

    public static TheoryData<string, string, string, string> ImplementedCases => Cases();

    [Theory]
    [MemberData(nameof(ImplementedCases))]
    public void MatchesTorchvision(string pipeline, string input, string expected, string tolerance)
    {
        var source = ImageCodec.Load(Path.Combine(FixtureDir, input));
        var want = ImageCodec.Load(Path.Combine(FixtureDir, expected));
        var transform = new TransformRegistry().AddImageTransforms().Parse<Sample>(pipeline);

        var result = transform.Apply(new Sample(source), new AugmentContext(new Rng(0)));

        var got = Assert.IsType<Image<byte>>(result.Image);
        string? failure = Compare(got, want, tolerance);
        Assert.True(failure is null, $"{pipeline} on {input}: {failure}");
    }

    [Fact]
    public void ManifestCoversEveryIssuePipelineOnEveryInput()
    {
        var manifest = ReadManifest();
        var inputs = manifest.Inputs;
        Assert.True(inputs.Count >= 4, "expected several inputs");
        Assert.Contains(inputs, i => i.Channels == 1);
        Assert.Contains(inputs, i => i.Channels == 3);
        // Resize must be checked both downscaling and upscaling.
        Assert.Contains(inputs, i => i.Width > 224 && i.Height > 160);
        Assert.Contains(inputs, i => i.Width < 224 && i.Height < 160);
        foreach (var pipeline in IssuePipelines)
        {
            foreach (var input in inputs)
            {
                Assert.Contains(manifest.Cases, c => c.Pipeline == pipeline && c.Input == input.File);
            }
        }

        Assert.Equal(IssuePipelines.Length * inputs.Count, manifest.Cases.Count);
    }

    [Fact]
    public void FixturesDecodeToTheShapesTheManifestStates()
    {
        var manifest = ReadManifest();
        foreach (var input in manifest.Inputs)
        {
            var image = ImageCodec.Load(Path.Combine(FixtureDir, input.File));
            Assert.Equal((input.Width, input.Height, input.Channels), (image.Width, image.Height, image.Channels));
        }

        foreach (var c in manifest.Cases)
        {
            var image = ImageCodec.Load(Path.Combine(FixtureDir, c.Expected));
            Assert.Equal((c.Width, c.Height, c.Channels), (image.Width, image.Height, image.Channels));
        }
    }

    [Fact]
    public void ComparisonRejectsWhatTheBarsExclude()
    {
        // The harness itself must be able to fail: check each bar just inside and just outside its limit.
        var a = Ramp(100, 10, 3); // 3000 values, 1000 pixels
        Assert.Null(Compare(a.Clone(), a, "pixel"));
        Assert.NotNull(Compare(new Image<byte>(100, 10, 1), a, "pixel")); // channel count
        Assert.NotNull(Compare(new Image<byte>(99, 10, 3), a, "bilinear")); // width

        // pixel: 15 of 3000 values (0.5%) off by 2 passes, 16 fails; any number off by 1 passes.
        Assert.Null(Compare(Perturb(a, 15, 2, stride: 1), a, "pixel"));
        Assert.NotNull(Compare(Perturb(a, 16, 2, stride: 1), a, "pixel"));
        Assert.Null(Compare(Perturb(a, 3000, 1, stride: 1), a, "pixel"));

        // nearest_geometry: 29 of 1000 pixels differing passes, 30 (3%) fails, whatever the size of the difference.
        Assert.Null(Compare(Perturb(a, 29, 50, stride: 3), a, "nearest_geometry"));
        Assert.NotNull(Compare(Perturb(a, 30, 50, stride: 3), a, "nearest_geometry"));

        // bilinear: mean |d| of 1.5 passes, just above fails.
        Assert.Null(Compare(Perturb(a, 1500, 3, stride: 1), a, "bilinear"));
        Assert.NotNull(Compare(Perturb(a, 1501, 3, stride: 1), a, "bilinear"));

        Assert.Throws<ArgumentException>(() => Compare(a, a, "exact-ish"));
    }

    /// <summary>Null when <paramref name="got"/> meets the tolerance class against <paramref name="want"/>, else why not.</summary>
    internal static string? Compare(Image<byte> got, Image<byte> want, string tolerance)
    {
        if (got.Width != want.Width || got.Height != want.Height || got.Channels != want.Channels)
        {
            return $"shape {got.Width}x{got.Height}x{got.Channels}, torchvision {want.Width}x{want.Height}x{want.Channels}";
        }

        var g = got.Pixels;
        var w = want.Pixels;
        int channels = want.Channels;
        long values = w.Length;
        long beyondOne = 0, sumAbs = 0, pixelsDiffering = 0;
        int maxDiff = 0, firstIndex = -1;
        for (int p = 0; p < w.Length; p += channels)
        {
            bool differs = false;
            for (int c = 0; c < channels; c++)
            {
                int d = Math.Abs(g[p + c] - w[p + c]);
                sumAbs += d;
                if (d > PixelWithin)
                {
                    beyondOne++;
                }

                if (d != 0)
                {
                    differs = true;
                    if (d > maxDiff)
                    {
                        maxDiff = d;
                        firstIndex = p + c;
                    }
                }
            }

            if (differs)
            {
                pixelsDiffering++;
            }
        }

        long pixels = values / channels;
        string where = firstIndex < 0
            ? "identical"
            : string.Create(CultureInfo.InvariantCulture,
                $"max |d| {maxDiff} at x={firstIndex / channels % want.Width}, y={firstIndex / channels / want.Width}, c={firstIndex % channels} (ours {g[firstIndex]}, torchvision {w[firstIndex]})");
        switch (tolerance)
        {
            case "pixel":
                return beyondOne * 1000 <= values * PixelMaxPerMilleBeyond
                    ? null
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{beyondOne} of {values} values ({(double)beyondOne / values:P3}) differ by more than {PixelWithin} (bar {PixelMaxPerMilleBeyond / 10.0}%); {where}");
            case "nearest_geometry":
                return pixelsDiffering * 100 < pixels * NearestMaxPercentDiffering
                    ? null
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{pixelsDiffering} of {pixels} pixels ({(double)pixelsDiffering / pixels:P3}) differ (bar < {NearestMaxPercentDiffering}%); {where}");
            case "bilinear":
                double mean = (double)sumAbs / values;
                return sumAbs <= BilinearMaxMeanAbsDiff * values
                    ? null
                    : string.Create(CultureInfo.InvariantCulture,
                        $"mean |d| {mean:F3} (bar {BilinearMaxMeanAbsDiff}); {where}");
            default:
                throw new ArgumentException($"unknown tolerance class '{tolerance}'", nameof(tolerance));
        }
    }

    private static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var c in ReadManifest().Cases)
        {
            data.Add(c.Pipeline, c.Input, c.Expected, c.Tolerance);
        }

        return data;
    }

    private static Manifest ReadManifest()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(FixtureDir, "manifest.json")));
        var root = doc.RootElement;
        var inputs = new List<ManifestInput>();
        foreach (var e in root.GetProperty("inputs").EnumerateArray())
        {
            inputs.Add(new ManifestInput(e.GetProperty("file").GetString()!, e.GetProperty("width").GetInt32(),
                e.GetProperty("height").GetInt32(), e.GetProperty("channels").GetInt32()));
        }

        var cases = new List<ManifestCase>();
        foreach (var e in root.GetProperty("cases").EnumerateArray())
        {
            cases.Add(new ManifestCase(e.GetProperty("pipeline").GetString()!, e.GetProperty("transform").GetString()!,
                e.GetProperty("input").GetString()!, e.GetProperty("expected").GetString()!,
                e.GetProperty("tolerance").GetString()!, e.GetProperty("width").GetInt32(),
                e.GetProperty("height").GetInt32(), e.GetProperty("channels").GetInt32()));
        }

        return new Manifest(inputs, cases);
    }

    private static Image<byte> Ramp(int width, int height, int channels)
    {
        var image = new Image<byte>(width, height, channels);
        for (int i = 0; i < image.Pixels.Length; i++)
        {
            image.Pixels[i] = (byte)(i * 7 % 200);
        }

        return image;
    }

    /// <summary>Adds <paramref name="delta"/> to <paramref name="count"/> values, every <paramref name="stride"/>-th one.</summary>
    private static Image<byte> Perturb(Image<byte> image, int count, int delta, int stride)
    {
        var copy = image.Clone();
        for (int k = 0; k < count; k++)
        {
            copy.Pixels[k * stride] = (byte)(copy.Pixels[k * stride] + delta);
        }

        return copy;
    }

    private sealed record Manifest(IReadOnlyList<ManifestInput> Inputs, IReadOnlyList<ManifestCase> Cases);

    private sealed record ManifestInput(string File, int Width, int Height, int Channels);

    private sealed record ManifestCase(string Pipeline, string Transform, string Input, string Expected,
        string Tolerance, int Width, int Height, int Channels);
}
