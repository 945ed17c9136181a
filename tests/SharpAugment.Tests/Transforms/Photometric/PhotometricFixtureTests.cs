using System.Text.Json;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using Xunit.Abstractions;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary>Runs every case of Fixtures/photometric/manifest.json (written by tools/make_photometric_fixtures.py from torchvision 0.14's uint8 tensor path) through our registry pipeline.</summary>
public class PhotometricFixtureTests(ITestOutputHelper output)
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "photometric");

    public static TheoryData<string, string, string> Cases() => ManifestCases("cases");

    public static TheoryData<string, string, string> FloatCases() => ManifestCases("float_cases");

    private static TheoryData<string, string, string> ManifestCases(string key)
    {
        var data = new TheoryData<string, string, string>();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "manifest.json")));
        foreach (var c in doc.RootElement.GetProperty(key).EnumerateArray())
        {
            data.Add(c.GetProperty("pipeline").GetString()!, c.GetProperty("input").GetString()!, c.GetProperty("expected").GetString()!);
        }

        return data;
    }

    [Fact]
    public void ManifestCoversTheRequiredTransforms()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "manifest.json")));
        var pipelines = doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("pipeline").GetString()!).ToHashSet();
        string[] required =
        [
            "brightness(factor=1.3)", "contrast(factor=1.5)", "saturation(factor=1.8)", "hue(factor=0.1)", "gamma(gamma=0.7)",
            "sharpness(factor=2.0)", "posterize(bits=3)", "solarize(threshold=100)", "autocontrast", "equalize", "invert",
            "grayscale(num_output_channels=none)", "gaussian_blur(kernel_size=5, sigma=1.5)", "erase(x=10, y=20, width=50, height=40, value=0)",
            "brightness(factor=0.5)", "contrast(factor=0.3)", "hue(factor=-0.3)", "sharpness(factor=0.3)",
        ];
        foreach (var r in required)
        {
            Assert.Contains(r, pipelines);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTorchvisionUint8TensorPath(string pipeline, string input, string expectedFile)
    {
        var tolerance = Tolerance(expectedFile);
        var image = ImageCodec.Load(Path.Combine(Dir, input));
        var expected = ImageCodec.Load(Path.Combine(Dir, expectedFile));
        var transform = new TransformRegistry().AddImageTransforms().Parse<Sample>(pipeline);
        var result = transform.Apply(new Sample(image), new AugmentContext(new Rng(7)));
        var actual = Assert.IsType<Image<byte>>(result.Image);

        Assert.Equal(expected.Width, actual.Width);
        Assert.Equal(expected.Height, actual.Height);
        Assert.Equal(expected.Channels, actual.Channels);

        int exact = 0, within = 0, maxDiff = 0;
        long sumAbs = 0;
        for (int i = 0; i < actual.Pixels.Length; i++)
        {
            int d = Math.Abs(actual.Pixels[i] - expected.Pixels[i]);
            exact += d == 0 ? 1 : 0;
            within += d <= tolerance.MaxAbs ? 1 : 0;
            maxDiff = Math.Max(maxDiff, d);
            sumAbs += d;
        }

        double n = actual.Pixels.Length;
        output.WriteLine($"{pipeline} on {input}: exact {exact / n:P2}, within {tolerance.MaxAbs}: {within / n:P2}, max diff {maxDiff}, mean abs {sumAbs / n:F4}");

        // Tolerances come from the manifest (see tools/make_photometric_fixtures.py): exact for float32 arithmetic IEEE fixes
        // (tables, blends, HSV); within 1 on >= 99.5% for gamma (libm powf may differ in the last bit); blur mean abs diff
        // <= 1.5 and within 1 on >= 99% (torchvision convolves the 2-D kernel, we run two 1-D passes, and FMA use depends on the CPU).
        Assert.True(within / n >= tolerance.MinFractionWithin, $"{pipeline} on {input}: only {within / n:P3} of values within {tolerance.MaxAbs} (max diff {maxDiff}).");
        Assert.True(sumAbs / n <= tolerance.MaxMeanAbs, $"{pipeline} on {input}: mean abs diff {sumAbs / n} > {tolerance.MaxMeanAbs}.");
        Assert.False(ReferenceEquals(image, actual));
    }

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void MatchesTorchvisionFloatTensorPath(string pipeline, string input, string expectedFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "manifest.json")));
        var c = doc.RootElement.GetProperty("float_cases").EnumerateArray().Single(x => x.GetProperty("expected").GetString() == expectedFile);
        int w = c.GetProperty("width").GetInt32(), h = c.GetProperty("height").GetInt32(), ch = c.GetProperty("channels").GetInt32();
        double maxAbs = c.GetProperty("max_abs").GetDouble();
        var image = new Image<float>(w, h, ch, ReadFloats(input));
        var expected = ReadFloats(expectedFile);
        var transform = new TransformRegistry().AddImageTransforms().Parse<Sample>(pipeline);
        var actual = Assert.IsType<Image<float>>(transform.Apply(new Sample(image), new AugmentContext(new Rng(7))).Image);
        Assert.Equal(expected.Length, actual.Pixels.Length);
        double worst = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(actual.Pixels[i] - expected[i]));
        }

        output.WriteLine($"{pipeline} on {input}: max abs diff {worst:E2}");

        // 2e-6 is about 16 float32 ulps at 1.0: room for exp/pow implementations and summation order, far below 1/255.
        Assert.True(worst <= maxAbs, $"{pipeline} on {input}: max abs diff {worst} > {maxAbs}");
    }

    private static float[] ReadFloats(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Dir, file));
        var values = new float[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static (int MaxAbs, double MinFractionWithin, double MaxMeanAbs) Tolerance(string expectedFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "manifest.json")));
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (c.GetProperty("expected").GetString() == expectedFile)
            {
                double meanAbs = c.TryGetProperty("max_mean_abs", out var m) ? m.GetDouble() : c.GetProperty("max_abs").GetInt32();
                return (c.GetProperty("max_abs").GetInt32(), c.GetProperty("min_fraction_within").GetDouble(), meanAbs);
            }
        }

        throw new InvalidOperationException("case not in manifest: " + expectedFile);
    }
}
