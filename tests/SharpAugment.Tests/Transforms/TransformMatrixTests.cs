using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Transforms;

/// <summary>The discovery-based matrix (as Albumentations' tests): every image transform of the full registry (the core's and the Skia package's jpeg_compression) runs the shared invariants; a transform without test parameters fails the suite.</summary>
public class TransformMatrixTests
{
    /// <summary>Parameters to test each transform with: random where the transform is random, valid on a 37x29 image, p = 1 so it acts.</summary>
    public static readonly IReadOnlyDictionary<string, string> Cases = new Dictionary<string, string>
    {
        ["hflip"] = "hflip",
        ["vflip"] = "vflip",
        ["transpose"] = "transpose",
        ["rotate90"] = "rotate90(k=0..3)",
        ["rotate"] = "rotate(angle=-40..40, interpolation=bilinear, fill=[10, 20, 30, 40])",
        ["affine"] = "affine(angle=-20..20, translate=[-3..3, -2..2], scale=0.8..1.2, shear=[-10..10, 0])",
        ["perspective"] = "perspective(distortion_scale=0.4)",
        ["resize"] = "resize(width=20, height=33)",
        ["crop"] = "crop(x=3, y=2, width=20, height=15)",
        ["center_crop"] = "center_crop(width=21, height=40)",
        ["random_crop"] = "random_crop(width=20, height=20, padding=2, padding_mode=reflect)",
        ["random_resized_crop"] = "random_resized_crop(width=24, height=16)",
        ["pad"] = "pad(padding=[1, 2, 3, 4], padding_mode=symmetric)",
        ["pad_if_needed"] = "pad_if_needed(min_width=48, min_height=30, position=random)",
        ["longest_max_size"] = "longest_max_size(max_size=25..50)",
        ["smallest_max_size"] = "smallest_max_size(max_size=20)",
        ["random_scale"] = "random_scale(scale_limit=-0.3..0.3)",
        ["elastic"] = "elastic(alpha=20, sigma=3)",
        ["grid_distortion"] = "grid_distortion(num_steps=4)",
        ["brightness"] = "brightness(factor=0.5..1.5)",
        ["contrast"] = "contrast(factor=0.5..1.5)",
        ["saturation"] = "saturation(factor=0..2)",
        ["hue"] = "hue(factor=-0.2..0.2)",
        ["color_jitter"] = "color_jitter(brightness=0.4, contrast=0.4, saturation=0.4, hue=0.1)",
        ["gamma"] = "gamma(gamma=0.5..1.5)",
        ["grayscale"] = "grayscale",
        ["invert"] = "invert",
        ["posterize"] = "posterize(bits=2..6)",
        ["solarize"] = "solarize(threshold=64..192)",
        ["equalize"] = "equalize",
        ["autocontrast"] = "autocontrast",
        ["sharpness"] = "sharpness(factor=0..3)",
        ["gaussian_blur"] = "gaussian_blur(kernel_size=5, sigma=0.5..2)",
        ["gaussian_noise"] = "gaussian_noise(sigma=0.05)",
        ["channel_shuffle"] = "channel_shuffle(p=1)",
        ["normalize"] = "normalize(mean=0.5, std=0.25)",
        ["to_float"] = "to_float",
        ["from_float"] = "from_float",
        ["random_erasing"] = "random_erasing(p=1)",
        ["erase"] = "erase(x=2, y=3, width=10, height=8, value=0)",
        ["coarse_dropout"] = "coarse_dropout(p=1, num_holes_range=1..4, hole_height_range=0.1..0.3, hole_width_range=0.1..0.3, fill_mask=0)",
        ["solarize_add"] = "solarize_add(addition=0..60)",
        ["autoaugment"] = "autoaugment(policy=svhn)",
        ["randaugment"] = "randaugment(num_ops=3, magnitude=5..15)",
        ["trivialaugment"] = "trivialaugment",
        ["augmix"] = "augmix(mixture_width=2)",
        ["rand_augment"] = "rand_augment(config=\"rand-m9-n3-mstd0.5-inc1\")",
        ["timm_autoaugment"] = "timm_autoaugment(policy=original, magnitude_std=0.5)",
        ["cutout"] = "cutout(p=1, num_holes_range=2, hole_height_range=0.2, hole_width_range=0.2)",
        ["jpeg_compression"] = "jpeg_compression(quality=20..60)",
        ["blur"] = "blur(blur_limit=3..7, p=1)",
        ["median_blur"] = "median_blur(blur_limit=3..7, p=1)",
        ["clahe"] = "clahe(clip_limit=1..4, tile_grid_size=[4, 3], p=1)",
        ["random_brightness_contrast"] = "random_brightness_contrast(brightness_limit=-0.3..0.3, contrast_limit=-0.3..0.3, p=1)",
        ["hue_saturation_value"] = "hue_saturation_value(hue_shift_limit=-30..30, sat_shift_limit=-40..40, val_shift_limit=-30..30, p=1)",
        ["rgb_shift"] = "rgb_shift(r_shift_limit=-30..30, g_shift_limit=-30..30, b_shift_limit=-30..30, p=1)",
        ["to_sepia"] = "to_sepia(p=1)",
        ["random_gamma"] = "random_gamma(gamma_limit=60..140, p=1)",
        ["motion_blur"] = "motion_blur(blur_limit=3..9, p=1)",
        ["defocus"] = "defocus(radius=2..5, p=1)",
        ["zoom_blur"] = "zoom_blur(max_factor=1.05..1.3, p=1)",
        ["glass_blur"] = "glass_blur(sigma=0.5, max_delta=2, p=1)",
        ["advanced_blur"] = "advanced_blur(p=1)",
        ["channel_dropout"] = "channel_dropout(channel_drop_range=1..2, fill=40, p=1)",
        ["fancy_pca"] = "fancy_pca(alpha=0.5, p=1)",
        ["planckian_jitter"] = "planckian_jitter(p=1)",
        ["random_tone_curve"] = "random_tone_curve(scale=0.2, per_channel=true, p=1)",
        ["sharpen"] = "sharpen(p=1)",
        ["emboss"] = "emboss(p=1)",
        ["unsharp_mask"] = "unsharp_mask(p=1)",
        ["downscale"] = "downscale(p=1, scale_range=0.3..0.7)",
        ["ringing_overshoot"] = "ringing_overshoot(p=1)",
        ["gauss_noise"] = "gauss_noise(p=1, std_range=0.05..0.1)",
        ["iso_noise"] = "iso_noise(p=1)",
        ["multiplicative_noise"] = "multiplicative_noise(p=1, per_channel=true, elementwise=true)",
        ["salt_and_pepper"] = "salt_and_pepper(p=1)",
        ["shot_noise"] = "shot_noise(p=1)",
        ["image_compression"] = "image_compression(p=1, compression_type=webp, quality_range=30..80)",
        ["illumination"] = "illumination(p=1, mode=gaussian)",
        ["chromatic_aberration"] = "chromatic_aberration(p=1, primary_distortion_limit=-0.1..0.1)",
        ["plasma_brightness_contrast"] = "plasma_brightness_contrast(p=1)",
        ["plasma_shadow"] = "plasma_shadow(p=1)",
    };

    /// <summary>Transforms whose purpose is to change the pixel type (byte and float outputs are not compared).</summary>
    private static readonly HashSet<string> ChangesDepth = ["normalize", "to_float", "from_float"];

    /// <summary>Transforms whose purpose is to change the channel count (torchvision's grayscale gives one channel).</summary>
    private static readonly HashSet<string> ChangesChannels = ["grayscale"];

    private static Image<byte> Bytes(IImage image) => ImageConversions.ToBytes(image);

    // The command line's registry holds every package's transforms, so a transform registered anywhere is found here.
    private static readonly TransformRegistry Registry = Registries.CreateFull();

    public static TheoryData<string> Names() => NamesWhere(_ => true);

    /// <summary>The transforms whose byte and float outputs are compared (not those that change the pixel type).</summary>
    public static TheoryData<string> SameDepthNames() => NamesWhere(n => !ChangesDepth.Contains(n));

    /// <summary>The transforms that change the pixel type on purpose.</summary>
    public static TheoryData<string> DepthChangingNames() => NamesWhere(ChangesDepth.Contains);

    private static TheoryData<string> NamesWhere(Func<string, bool> keep) =>
        MatrixChecks.Names(Registry, d => d.TargetType == typeof(Sample) && keep(d.Name));

    private static ITransform<Sample> Build(string name)
    {
        Assert.True(Cases.TryGetValue(name, out var text), $"transform '{name}' is registered but has no entry in TransformMatrixTests.Cases");
        var t = Registry.Parse<Sample>(text!);
        Assert.Equal(name, t.Name);
        return t;
    }

    private static Sample Run(ITransform<Sample> t, Sample s, ulong seed) => t.Apply(s, new AugmentContext(Rng.ForSample(seed, 0, 0)));

    [Fact]
    public void TheMatrixCoversTheWholeRegistry()
    {
        var names = Registry.Descriptors.Where(d => d.TargetType == typeof(Sample)).Select(d => d.Name).ToList();
        Assert.Contains("jpeg_compression", names);
        Assert.True(names.Count >= 50, $"only {names.Count} image transforms found");
        Assert.Empty(Cases.Keys.Except(names)); // no stale case for a transform that was renamed or removed
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheCaseActsWithProbabilityOne(string name)
    {
        MatrixChecks.Acts(Build(name), TestImages.FullSample(37, 29, 3));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void InputIsNotModified(string name)
    {
        var t = Build(name);
        foreach (bool asFloat in new[] { false, true })
        {
            var sample = TestImages.FullSample(37, 29, 3);
            if (asFloat)
            {
                sample = sample with { Image = ImageConversions.ToFloat((Image<byte>)sample.Image) };
            }

            var before = sample.Image.Clone();
            var mask = sample.Masks[0].Clone();
            var boxes = sample.Boxes.ToArray();
            var keypoints = sample.Keypoints.ToArray();
            var swap = sample.KeypointFlipSwap.ToArray();
            Run(t, sample, 5);
            bool same = (before, sample.Image) switch
            {
                (Image<byte> x, Image<byte> y) => x.ContentEquals(y),
                (Image<float> x, Image<float> y) => x.ContentEquals(y),
                _ => false,
            };
            Assert.True(same, $"{name} modified its {(asFloat ? "float" : "byte")} input image");
            Assert.True(mask.ContentEquals(sample.Masks[0]), $"{name} modified the input mask");
            Assert.Equal(boxes, sample.Boxes);
            Assert.Equal(keypoints, sample.Keypoints);
            Assert.Equal(swap, sample.KeypointFlipSwap);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SameSeedSameOutputAndTypeKept(string name)
    {
        var t = Build(name);
        foreach (int channels in new[] { 1, 3, 4 })
        {
            var sample = TestImages.FullSample(37, 29, channels);
            var a = Run(t, sample, 11);
            var b = Run(t, sample, 11);
            if (!ChangesDepth.Contains(name))
            {
                Assert.IsType<Image<byte>>(a.Image);
            }

            var ia = Bytes(a.Image);
            Assert.True(ia.ContentEquals(Bytes(b.Image)));
            if (!ChangesChannels.Contains(name))
            {
                Assert.Equal(channels, ia.Channels);
            }

            Assert.Equal(a.Boxes, b.Boxes);
            Assert.Equal(a.Keypoints, b.Keypoints);
            Assert.All(a.Masks, m => Assert.Equal((a.Width, a.Height, 1), (m.Width, m.Height, m.Channels)));
            Assert.Equal(sample.Label, a.Label);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RecycledBuffersNeverLeakIntoOutputs(string name)
    {
        // Outputs are built in uninitialized (possibly recycled) arrays: a kernel that skips an element would show the
        // previous image's pixels. Recycling a poisoned output right before the same call hands it that array back.
        var t = Build(name);
        foreach (bool asFloat in new[] { false, true })
        {
            foreach (int channels in new[] { 1, 3, 4 })
            {
                var sample = TestImages.FullSample(160, 120, channels);
                if (asFloat)
                {
                    sample = sample with { Image = ImageConversions.ToFloat((Image<byte>)sample.Image) };
                }

                var first = Run(t, sample, 5);
                var expected = Bytes(first.Image).Clone();
                var expectedMasks = first.Masks.Select(m => m.Clone()).ToList();
                Poison(first.Image, sample.Image);
                foreach (var m in first.Masks)
                {
                    if (!sample.Masks.Any(s => ReferenceEquals(s, m)))
                    {
                        m.Pixels.AsSpan().Fill(0xA5);
                        m.Recycle();
                    }
                }

                var second = Run(t, sample, 5);
                Assert.True(expected.ContentEquals(Bytes(second.Image)), $"{name} ({channels} channels, float {asFloat}): output differs after its buffer was recycled");
                Assert.Equal(expectedMasks.Count, second.Masks.Count);
                for (int i = 0; i < expectedMasks.Count; i++)
                {
                    Assert.True(expectedMasks[i].ContentEquals(second.Masks[i]), $"{name}: mask {i} differs after its buffer was recycled");
                }
            }
        }
    }

    private static void Poison(IImage output, IImage input)
    {
        if (ReferenceEquals(output, input))
        {
            return;
        }

        switch (output)
        {
            case Image<byte> b:
                b.Pixels.AsSpan().Fill(0xA5);
                break;
            case Image<float> f:
                f.Pixels.AsSpan().Fill(float.NaN);
                break;
        }

        output.Recycle();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TextAndJsonRoundTripsGiveTheSameTransform(string name)
    {
        var t = Build(name);
        var (fromText, fromJson) = MatrixChecks.RoundTrip(Registry, t);
        var sample = TestImages.FullSample(37, 29, 3);
        var a = Bytes(Run(t, sample, 3).Image);
        Assert.True(a.ContentEquals(Bytes(Run(fromText, sample, 3).Image)));
        Assert.True(a.ContentEquals(Bytes(Run(fromJson, sample, 3).Image)));
    }

    [Theory]
    [MemberData(nameof(DepthChangingNames), Skip = "changes the pixel type on purpose: checked value by value in PhotometricSemanticsTests")]
    [MemberData(nameof(SameDepthNames))]
    public void ByteAndFloatAgree(string name)
    {
        var t = Build(name);
        var sample = TestImages.FullSample(37, 29, 3);
        var floatSample = sample with { Image = ImageConversions.ToFloat((Image<byte>)sample.Image) };
        var b = (Image<byte>)Run(t, sample, 7).Image;
        var f = Assert.IsType<Image<float>>(Run(t, floatSample, 7).Image);
        Assert.Equal((b.Width, b.Height, b.Channels), (f.Width, f.Height, f.Channels));
        var fb = ImageConversions.ToBytes(f);

        // Byte results follow torchvision's uint8 path, which truncates where the float path does not (a bias of up
        // to one level), and nearest sampling may pick a neighbour on exact ties. So 99% of values within 1 level and
        // a mean difference of at most 1 level. color_jitter chains four truncating ops, whose errors add (and
        // contrast amplifies them), so it and the policies, which chain up to three ops, get 4 levels and a mean of 2.
        bool chained = name is "color_jitter" or "autoaugment" or "randaugment" or "trivialaugment" or "augmix" or "rand_augment" or "timm_autoaugment";
        int tol = chained ? 4 : 1;
        double meanTol = chained ? 2.0 : 1.0;
        int within = 0;
        double total = 0;
        for (int i = 0; i < b.Pixels.Length; i++)
        {
            int d = Math.Abs(b.Pixels[i] - fb.Pixels[i]);
            within += d <= tol ? 1 : 0;
            total += d;
        }

        Assert.True(within >= 0.99 * b.Pixels.Length, $"{name}: only {within}/{b.Pixels.Length} within {tol}");
        Assert.True(total / b.Pixels.Length <= meanTol, $"{name}: mean difference {total / b.Pixels.Length}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TinyAndOddSizesWork(string name)
    {
        var t = Build(name);
        foreach (var (w, h) in new[] { (1, 1), (2, 1), (1, 3), (7, 5) })
        {
            var sample = new Sample(TestImages.Random(w, h, 3)) { Masks = [TestImages.Mask(w, h)] };
            Sample result;
            try
            {
                result = Run(t, sample, 1);
            }
            catch (TransformParameterException e)
            {
                // A fixed crop larger than a tiny image is refused with a clear error, never a crash.
                Assert.Contains(name, e.Message, StringComparison.Ordinal);
                continue;
            }

            Assert.True(result.Width >= 1 && result.Height >= 1);
            Assert.Equal(result.Width, result.Masks[0].Width);
        }
    }

    // The tape of seed 99 on one sample, with another sample to replay it on.
    private static (ITransform<Sample> Transform, Sample Other, List<SampledStep> Tape) Recorded(string name)
    {
        var t = Build(name);
        var tape = new List<SampledStep>();
        t.Apply(TestImages.FullSample(37, 29, 3, seed: 1), new AugmentContext(Rng.ForSample(99, 0, 0), tape));
        return (t, TestImages.FullSample(37, 29, 3, seed: 2), tape);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RecordedParametersReplayOnAnotherSample(string name)
    {
        var (t, b, tape) = Recorded(name);
        var first = Run(t, b, 99);
        var replayed = t.Apply(b, AugmentContext.ForReplay(tape));
        Assert.True(Bytes(first.Image).ContentEquals(Bytes(replayed.Image)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TapeWrittenAsJsonReplaysTheSameParameters(string name)
    {
        var (t, b, tape) = Recorded(name);
        string json = ReplayTape.ToJson(tape).ToJsonString();
        var read = ReplayTape.FromJson((System.Text.Json.Nodes.JsonArray)System.Text.Json.Nodes.JsonNode.Parse(json)!);
        Assert.Equal(json, ReplayTape.ToJson(read).ToJsonString());
        var expected = t.Apply(b, AugmentContext.ForReplay(tape));
        var replayed = t.Apply(b, AugmentContext.ForReplay(read));
        Assert.True(Bytes(expected.Image).ContentEquals(Bytes(replayed.Image)));
        Assert.Equal(expected.Boxes, replayed.Boxes);
    }
}
