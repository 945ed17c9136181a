using System.Text.Json;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Dropout;
using SharpAugment.Transforms.Geometric;

namespace SharpAugment.Tests.Reference;

/// <summary>
/// The Albumentations-only geometric ops against tools/make_albumentations_fixtures.py, which reproduces
/// Albumentations 2.0.8's functional code on OpenCV and NumPy. The random draws (grid steps, holes, the scale factor)
/// are fixed in the manifest and handed to our transforms as their sampled parameters, so every difference is the
/// op's arithmetic. Cases that are exact are compared exactly; the others pin the measured maximum difference and the
/// measured count of differing values (<see cref="Pinned"/>), so a regression of one level fails.
/// </summary>
[Trait("Category", "Reference")]
public class AlbumentationsReferenceTests
{
    private static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures", "albumentations");

    /// <summary>
    /// Measured (max |d|, differing values) per case where we are not byte-identical to OpenCV; every case not listed
    /// here must be exact (nearest resize, area downscale, pad_if_needed in every mode and position, nearest
    /// grid_distortion, coarse_dropout). Why the others differ: cv2.resize interpolates bilinear and bicubic with
    /// 11-bit fixed-point weights, we use float (max 1 level); cv2.remap rounds source coordinates to 1/32 pixel
    /// before its fixed-point bilinear, we sample at the float coordinate (max 3 levels where neighbours differ
    /// much); OpenCV's INTER_AREA upscale is its own bilinear variant (max 3). Measured with
    /// <c>dotnet test --filter AlbumentationsReferenceTests</c> after setting every pin to (0, 0).
    /// </summary>
    private static readonly Dictionary<string, (int MaxAbs, int Differing)> Pinned = new()
    {
        ["00_longest_max_size_max_size_90_interpolation_bilinear__camera_37x29.png"] = (1, 837), // of 6390
        ["00_longest_max_size_max_size_90_interpolation_bilinear__chelsea_61x43.png"] = (1, 2224), // of 17010
        ["01_longest_max_size_max_size_40_interpolation_bilinear__camera_37x29.png"] = (1, 142), // of 1240
        ["01_longest_max_size_max_size_40_interpolation_bilinear__chelsea_61x43.png"] = (1, 413), // of 3360
        ["03_longest_max_size_max_size_40_interpolation_area__camera_37x29.png"] = (3, 277), // of 1240
        ["04_longest_max_size_max_size_90_interpolation_bicubic__camera_37x29.png"] = (1, 129), // of 6390
        ["04_longest_max_size_max_size_90_interpolation_bicubic__chelsea_61x43.png"] = (1, 591), // of 17010
        ["05_smallest_max_size_max_size_50_interpolation_bilinear__camera_37x29.png"] = (1, 421), // of 3200
        ["05_smallest_max_size_max_size_50_interpolation_bilinear__chelsea_61x43.png"] = (1, 1335), // of 10650
        ["06_smallest_max_size_max_size_20_interpolation_bilinear__camera_37x29.png"] = (1, 55), // of 520
        ["06_smallest_max_size_max_size_20_interpolation_bilinear__chelsea_61x43.png"] = (1, 210), // of 1680
        ["08_random_scale_scale_limit_0_3_interpolation_bilinear__camera_37x29.png"] = (1, 220), // of 1776
        ["08_random_scale_scale_limit_0_3_interpolation_bilinear__chelsea_61x43.png"] = (1, 1626), // of 13035
        ["09_random_scale_scale_limit_0_45_interpolation_bilinear__camera_37x29.png"] = (1, 32), // of 300
        ["09_random_scale_scale_limit_0_45_interpolation_bilinear__chelsea_61x43.png"] = (1, 279), // of 2277
        ["21_grid_distortion_num_steps_5_normalized_true_interpolation_bilinear_border_mode_reflect__camera_37x29.png"] = (2, 111), // of 1073
        ["21_grid_distortion_num_steps_5_normalized_true_interpolation_bilinear_border_mode_reflect__chelsea_61x43.png"] = (1, 1067), // of 7869
        ["23_grid_distortion_num_steps_3_normalized_true_interpolation_bilinear_border_mode_constant__camera_37x29.png"] = (3, 125), // of 1073
        ["23_grid_distortion_num_steps_3_normalized_true_interpolation_bilinear_border_mode_constant__chelsea_61x43.png"] = (3, 1203), // of 7869
        ["24_grid_distortion_num_steps_5_normalized_false_interpolation_bilinear_border_mode_reflect__camera_37x29.png"] = (1, 81), // of 1073
        ["24_grid_distortion_num_steps_5_normalized_false_interpolation_bilinear_border_mode_reflect__chelsea_61x43.png"] = (1, 1025), // of 7869
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in Manifest().RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("pipeline").GetString()!, c.GetProperty("input").GetString()!, c.GetProperty("expected").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesAlbumentations(string pipeline, string input, string expected)
    {
        var c = Manifest().RootElement.GetProperty("cases").EnumerateArray()
            .Single(e => e.GetProperty("expected").GetString() == expected);
        var source = ImageCodec.Load(Path.Combine(FixtureDir, input));
        var want = Assert.IsType<Image<byte>>(ImageCodec.Load(Path.Combine(FixtureDir, expected)));
        var transform = new TransformRegistry().AddImageTransforms().Parse<Sample>(pipeline);
        var sample = new Sample(source);

        var result = transform switch
        {
            GridDistortion g => g.Apply(sample, new GridDistortionParams(Doubles(c, "x_steps"), Doubles(c, "y_steps"))),
            CoarseDropout d => d.Apply(sample, new DropoutParams(Holes(c.GetProperty("holes")), 0)),
            _ => transform.Apply(sample, new AugmentContext(new Rng(0))),
        };

        var got = Assert.IsType<Image<byte>>(result.Image);
        Assert.Equal((want.Width, want.Height, want.Channels), (got.Width, got.Height, got.Channels));
        int maxAbs = 0, differing = 0;
        for (int i = 0; i < got.Pixels.Length; i++)
        {
            int d = Math.Abs(got.Pixels[i] - want.Pixels[i]);
            maxAbs = Math.Max(maxAbs, d);
            differing += d == 0 ? 0 : 1;
        }

        var (pinMax, pinCount) = Pinned.TryGetValue(expected, out var p) ? p : (0, 0);
        Assert.True(maxAbs <= pinMax && differing <= pinCount,
            $"{pipeline} on {input}: max |d| = {maxAbs}, {differing} of {got.Pixels.Length} values differ; pinned max {pinMax}, count {pinCount}");
    }

    [Fact]
    public void CoarseDropoutFiltersBoxesAndKeypointsAsAlbumentations()
    {
        var t = Manifest().RootElement.GetProperty("dropout_targets");
        int w = t.GetProperty("width").GetInt32(), h = t.GetProperty("height").GetInt32();
        var holes = Holes(t.GetProperty("holes"));
        var boxes = t.GetProperty("boxes").EnumerateArray().Select(b => Floats(b)).Select(b => new BoundingBox(b[0], b[1], b[2], b[3])).ToArray();
        var keypoints = t.GetProperty("keypoints").EnumerateArray().Select(k => Floats(k)).Select(k => new Keypoint(k[0], k[1])).ToArray();
        var dropout = new CoarseDropout(new CoarseDropoutOptions { P = 1 });
        var wantKeypoints = t.GetProperty("expected_keypoints").EnumerateArray().Select(k => Floats(k)).ToArray();

        foreach (var rule in t.GetProperty("rules").EnumerateArray())
        {
            var rules = new TargetRules { MinArea = rule.GetProperty("min_area").GetDouble(), MinVisibility = rule.GetProperty("min_visibility").GetDouble() };
            var sample = new Sample(new Image<byte>(w, h, 1)) { Boxes = boxes, Keypoints = keypoints, Rules = rules };

            var result = dropout.Apply(sample, new DropoutParams(holes, 0));

            var want = rule.GetProperty("expected_boxes").EnumerateArray().Select(b => Floats(b)).ToArray();
            Assert.Equal(want.Length, result.Boxes.Count);
            for (int i = 0; i < want.Length; i++)
            {
                var b = result.Boxes[i];
                Assert.Equal(want[i], new[] { b.XMin, b.YMin, b.XMax, b.YMax });
            }

            Assert.Equal(wantKeypoints.Select(k => (k[0], k[1])), result.Keypoints.Select(k => (k.X, k.Y)));
        }
    }

    private static JsonDocument Manifest() => JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureDir, "manifest.json")));

    private static double[] Doubles(JsonElement c, string name) => c.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    private static float[] Floats(JsonElement a) => a.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray();

    // Albumentations holes are [x1, y1, x2, y2]; ours are x, y, width, height.
    private static DropoutHole[] Holes(JsonElement holes) => holes.EnumerateArray()
        .Select(x => x.EnumerateArray().Select(v => v.GetInt32()).ToArray())
        .Select(a => new DropoutHole(a[0], a[1], a[2] - a[0], a[3] - a[1]))
        .ToArray();
}
