using SharpAugment.Cli;
using SharpAugment.Tests.Support;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary>Shared invariants over every registered photometric and dropout transform, found by discovery: a transform registered without an entry here fails the test.</summary>
public class PixelTransformMatrixTests
{
    /// <summary>Test arguments that make each transform do visible work, and the byte-versus-float agreement tolerance in byte steps.</summary>
    private static readonly Dictionary<string, (string Text, int Tolerance)> Cases = new()
    {
        // uint8 results are truncated where floats are not: 1 step. Blends against a rounded or truncated degenerate
        // image (contrast mean, saturation gray, sharpness smoothing) amplify that by |1 - factor| < 1: 2 steps.
        ["brightness"] = ("brightness(factor=0.5..1.5)", 1),
        ["contrast"] = ("contrast(factor=0.5..1.5)", 2),
        ["saturation"] = ("saturation(factor=0.5..1.8)", 2),
        ["hue"] = ("hue(factor=-0.4..0.4)", 1),
        ["color_jitter"] = ("color_jitter(brightness=0.4, contrast=0.4, saturation=0.4, hue=0.1)", 4), // four chained ops, 1 step each
        ["gamma"] = ("gamma(gamma=0.5..2, gain=1.1)", 1),
        ["grayscale"] = ("grayscale(num_output_channels=none)", 1),
        ["invert"] = ("invert", 1),
        ["posterize"] = ("posterize(bits=1..7)", 1), // float uses floor(x*2^b)/2^b: 255 maps to 224 vs 223.1
        ["solarize"] = ("solarize(threshold=50..200)", 1),
        ["solarize_add"] = ("solarize_add(addition=0..60)", 1),
        ["equalize"] = ("equalize", 1),
        ["autocontrast"] = ("autocontrast", 1),
        ["sharpness"] = ("sharpness(factor=0..2)", 2),
        ["gaussian_blur"] = ("gaussian_blur(kernel_size=[5, 3], sigma=0.5..2)", 1),
        ["gaussian_noise"] = ("gaussian_noise(sigma=0.05..0.2)", 1),
        ["channel_shuffle"] = ("channel_shuffle(p=1)", 1),
        ["normalize"] = ("normalize(mean=0.5, std=0.25)", -1),
        ["to_float"] = ("to_float", -1),
        ["from_float"] = ("from_float", -1),
        ["random_erasing"] = ("random_erasing(p=1, value=30)", 1),
        ["erase"] = ("erase(x=1, y=1, width=5, height=3, value=77)", 1),
        ["coarse_dropout"] = ("coarse_dropout(p=1, num_holes_range=1..3, fill=200)", 1),
        ["cutout"] = ("cutout(p=1, hole_height_range=0.3..0.5, hole_width_range=0.3..0.5, fill_mode=random_uniform)", 1),
        ["jpeg_compression"] = ("jpeg_compression(quality=10..90)", 0), // a float image goes through the same bytes
        ["clahe"] = ("clahe(clip_limit=1..4, tile_grid_size=[4, 3], p=1)", 0), // floats go through the same bytes (uint8_io)
        ["random_brightness_contrast"] = ("random_brightness_contrast(brightness_limit=-0.3..0.3, contrast_limit=-0.3..0.3, p=1)", 1),
        ["hue_saturation_value"] = ("hue_saturation_value(hue_shift_limit=-30..30, sat_shift_limit=-40..40, val_shift_limit=-30..30, p=1)", 0),
        ["rgb_shift"] = ("rgb_shift(r_shift_limit=-30..30, g_shift_limit=-30..30, b_shift_limit=-30..30, p=1)", 1),
        ["to_sepia"] = ("to_sepia(p=1)", 1),
        ["random_gamma"] = ("random_gamma(gamma_limit=60..140, p=1)", 1),
        ["channel_dropout"] = ("channel_dropout(channel_drop_range=1..2, fill=40, p=1)", 0),
        ["fancy_pca"] = ("fancy_pca(alpha=0.5, p=1)", 1),
        ["planckian_jitter"] = ("planckian_jitter(p=1)", 1),
        ["random_tone_curve"] = ("random_tone_curve(scale=0.2, per_channel=true, p=1)", 0),
    };

    /// <summary>Transforms that act on every channel, alpha included, as torchvision's tensor ops do: blur, normalization and fills.</summary>
    private static readonly HashSet<string> TouchAlpha = ["gaussian_blur", "normalize", "to_float", "from_float"];

    // The command line's registry: the core's transforms and the codec package's jpeg_compression.
    private static readonly TransformRegistry Registry = Registries.CreateFull();

    public static TheoryData<string> Names() => NamesWhere(_ => true);

    /// <summary>Transforms whose byte and float outputs are compared: all but the type conversions.</summary>
    public static TheoryData<string> ComparableNames() => NamesWhere(n => !Cases.TryGetValue(n, out var c) || c.Tolerance >= 0);

    /// <summary>The type conversions.</summary>
    public static TheoryData<string> ConversionNames() => NamesWhere(n => Cases.TryGetValue(n, out var c) && c.Tolerance < 0);

    /// <summary>Colour transforms, which keep alpha.</summary>
    public static TheoryData<string> ColourNames() => NamesWhere(n => !TouchAlpha.Contains(n) && Registry.Get(n).Group != "dropout");

    /// <summary>Transforms that write every channel.</summary>
    public static TheoryData<string> AllChannelNames() => NamesWhere(n => TouchAlpha.Contains(n) || Registry.Get(n).Group == "dropout");

    private static TheoryData<string> NamesWhere(Func<string, bool> keep)
    {
        var data = new TheoryData<string>();
        foreach (var name in NameList().Where(keep))
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> NameList() =>
        Registry.Descriptors.Where(d => d.Group is "photometric" or "dropout" && d.TargetType == typeof(Sample)).Select(d => d.Name).ToList();

    public static TheoryData<string, int, int, int> Shapes()
    {
        var data = new TheoryData<string, int, int, int>();
        foreach (var name in NameList())
        {
            foreach (var (w, h) in new[] { (1, 1), (2, 5), (33, 21) })
            {
                foreach (int c in new[] { 1, 3, 4 })
                {
                    data.Add(name, w, h, c);
                }
            }
        }

        return data;
    }

    [Fact]
    public void EveryRegisteredTransformHasTestArguments()
    {
        var names = NameList();
        Assert.True(names.Count >= 25, $"only {names.Count} photometric and dropout transforms registered");
        Assert.Contains("jpeg_compression", names);
        foreach (var name in names)
        {
            Assert.True(Cases.ContainsKey(name), $"{name} has no entry in PixelTransformMatrixTests.Cases");
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void InputUntouchedShapeKeptTargetsKept(string name, int width, int height, int channels)
    {
        var t = Registry.Parse<Sample>(Cases[name].Text);
        foreach (bool asFloat in new[] { false, true })
        {
            IImage image = asFloat ? TestImages.Floats(width, height, channels) : TestImages.Bytes(width, height, channels);
            var before = image.Clone();
            var mask = new Image<byte>(width, height, 1);
            var sample = new Sample(image)
            {
                Masks = [mask],
                Boxes = [new BoundingBox(0, 0, width, height, 3)],
                Keypoints = [new Keypoint(width - 0.5f, height - 0.5f)],
            };
            var result = t.Apply(sample, new AugmentContext(new Rng(5)));

            Assert.True(SameContent(before, image), $"{name} modified its input");
            Assert.Equal(width, result.Image.Width);
            Assert.Equal(height, result.Image.Height);
            Assert.Equal(channels, result.Image.Channels);
            var expectedDepth = name switch
            {
                "normalize" or "to_float" => PixelDepth.Float,
                "from_float" => PixelDepth.Byte,
                _ => image.Depth,
            };
            Assert.Equal(expectedDepth, result.Image.Depth);
            if (Registry.Get(name).Group == "photometric")
            {
                Assert.Same(sample.Masks, result.Masks);
                Assert.Same(sample.Boxes, result.Boxes);
                Assert.Same(sample.Keypoints, result.Keypoints);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SameSeedSameOutputAndSpecRoundTrips(string name)
    {
        var t = Registry.Parse<Sample>(Cases[name].Text);
        var sample = new Sample(TestImages.Bytes(19, 13, 3));
        var a = t.Apply(sample, new AugmentContext(Rng.ForSample(3, 0, 4)));
        var b = t.Apply(sample, new AugmentContext(Rng.ForSample(3, 0, 4)));
        Assert.True(SameContent(a.Image, b.Image));

        var again = Registry.Parse<Sample>(PipelineText.Format(t.ToSpec()));
        Assert.Equal(t.ToSpec(), again.ToSpec());

        // Replaying the recorded parameters reproduces the output without drawing.
        var tape = new List<SampledStep>();
        var recorded = t.Apply(sample, new AugmentContext(new Rng(11), tape));
        var replayed = t.Apply(sample, AugmentContext.ForReplay(tape));
        Assert.True(SameContent(recorded.Image, replayed.Image));
    }

    [Theory]
    [MemberData(nameof(ConversionNames), Skip = "type conversions: checked value by value in PhotometricSemanticsTests")]
    [MemberData(nameof(ComparableNames))]
    public void ByteAndFloatPathsAgree(string name)
    {
        int tolerance = Cases[name].Tolerance;
        var t = Registry.Parse<Sample>(Cases[name].Text);
        foreach (int channels in new[] { 1, 3, 4 })
        {
            var bytes = TestImages.Bytes(31, 23, channels, seed: 17);
            var floats = ImageConversions.ToFloat(bytes);
            for (ulong seed = 0; seed < 4; seed++)
            {
                var rb = t.Apply(new Sample(bytes), new AugmentContext(new Rng(seed)));
                var rf = t.Apply(new Sample(floats), new AugmentContext(new Rng(seed)));
                var fromFloat = ImageConversions.ToBytes((Image<float>)rf.Image);
                var b = (Image<byte>)rb.Image;
                Assert.Equal(b.Channels, fromFloat.Channels);
                for (int i = 0; i < b.Pixels.Length; i++)
                {
                    int d = Math.Abs(b.Pixels[i] - fromFloat.Pixels[i]);
                    Assert.True(d <= tolerance, $"{name}, {channels} channels, seed {seed}: element {i} byte {b.Pixels[i]} vs float {fromFloat.Pixels[i]} (tolerance {tolerance})");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllChannelNames), Skip = "blur, normalization and fills act on every channel, as torchvision's tensor ops do")]
    [MemberData(nameof(ColourNames))]
    public void AlphaIsUntouchedByColourOperations(string name)
    {
        var t = Registry.Parse<Sample>(Cases[name].Text);
        var image = TestImages.Bytes(17, 9, 4, seed: 2);
        var result = (Image<byte>)t.Apply(new Sample(image), new AugmentContext(new Rng(1))).Image;
        Assert.Equal(4, result.Channels);
        for (int i = 3; i < image.Pixels.Length; i += 4)
        {
            Assert.Equal(image.Pixels[i], result.Pixels[i]);
        }
    }

    private static bool SameContent(IImage a, IImage b) => (a, b) switch
    {
        (Image<byte> x, Image<byte> y) => x.ContentEquals(y),
        (Image<float> x, Image<float> y) => x.ContentEquals(y),
        _ => false,
    };
}
