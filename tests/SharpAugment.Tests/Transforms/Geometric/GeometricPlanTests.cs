using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Geometric;

namespace SharpAugment.Tests.Transforms.Geometric;

/// <summary>The matrix contract (Kornia's check that the warp and the matrix agree): for every registered transform that is its plan, the plan's forward matrix sends a marked point to where the transformed image and mask show the mark.</summary>
public class GeometricPlanTests
{
    private const int Width = 37, Height = 29;

    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    /// <summary>Every registered transform that is a plan; a geometric transform that leaves the contract drops out of this list and fails <see cref="TheGeometricTransformsAreAllPlans"/>.</summary>
    public static TheoryData<string> PlanNames() => new(Plans());

    private static List<string> Plans() =>
        Registry.Descriptors.Where(d => d.TargetType == typeof(Sample)).Select(d => d.Name).Order(StringComparer.Ordinal)
            .Where(n => TransformMatrixTests.Cases.TryGetValue(n, out var text) && Registry.Parse<Sample>(text) is IGeometricTransform).ToList();

    [Fact]
    public void TheGeometricTransformsAreAllPlans()
    {
        var names = Plans();
        string[] expected =
        [
            "hflip", "vflip", "transpose", "rotate90", "rotate", "affine", "perspective", "resize", "crop", "center_crop", "random_crop",
            "random_resized_crop", "pad", "pad_if_needed", "longest_max_size", "smallest_max_size", "random_scale",
        ];
        Assert.Empty(expected.Except(names));
    }

    [Theory]
    [MemberData(nameof(PlanNames))]
    public void TheForwardMatrixMovesAMarkWhereTheImageAndMaskShowIt(string name)
    {
        var transform = (IGeometricTransform)Registry.Parse<Sample>(TransformMatrixTests.Cases[name]);
        (double X, double Y)[] marks = [(18.5, 14.5), (9.5, 8.5), (27.5, 20.5), (11.5, 21.5), (25.5, 7.5)];
        int checks = 0;
        for (ulong seed = 0; seed < 30; seed++)
        {
            foreach (var (mx, my) in marks)
            {
                var sample = MarkedSample(mx, my);
                var plan = transform.SamplePlan(sample, Rng.ForSample(seed, 0, 0));
                var moved = SampleGeometry.Apply(sample, plan);
                var (px, py) = plan.Forward.Apply(mx, my);
                Assert.Equal(plan.Width, moved.Width);
                Assert.Equal(plan.Height, moved.Height);
                if (px < 6 || py < 6 || px > moved.Width - 6 || py > moved.Height - 6)
                {
                    continue; // the mark left the canvas or touches its edge: nothing to locate
                }

                var (ix, iy) = Centroid(ImageConversions.ToBytes(moved.Image), px, py, threshold: 60);
                var (kx, ky) = Centroid(moved.Masks[0], px, py, threshold: 0);
                // Measured worst errors: 0.32 px for the image (affine, nearest), 0.77 px for the mask (nearest downscale); a matrix one pixel off exceeds both.
                string where = $"{name}, seed {seed}, mark ({mx}, {my}): the matrix says ({px:F2}, {py:F2})";
                Assert.True(Math.Abs(ix - px) < 0.5 && Math.Abs(iy - py) < 0.5, $"{where}, the image shows ({ix:F2}, {iy:F2})");
                Assert.True(Math.Abs(kx - px) < 0.9 && Math.Abs(ky - py) < 0.9, $"{where}, the mask shows ({kx:F2}, {ky:F2})");
                var k = Assert.Single(moved.Keypoints);
                Assert.True(Math.Abs(k.X - px) < 1e-3 && Math.Abs(k.Y - py) < 1e-3, $"{where}, the keypoint went to ({k.X}, {k.Y})");

                checks++;
            }
        }

        Assert.True(checks >= 10, $"{name}: only {checks} marks stayed inside the output");
    }

    // A cone of radius 3.5 around (x, y) in the image, class 1 within radius 2 in the mask, and a keypoint at its centre.
    private static Sample MarkedSample(double x, double y)
    {
        var image = new Image<byte>(Width, Height, 3);
        var mask = new Image<byte>(Width, Height, 1);
        for (int r = 0; r < Height; r++)
        {
            for (int c = 0; c < Width; c++)
            {
                double d = Math.Sqrt(((c + 0.5 - x) * (c + 0.5 - x)) + ((r + 0.5 - y) * (r + 0.5 - y)));
                byte v = (byte)Math.Round(255 * Math.Max(0, 1 - (d / 3.5)));
                image.Pixels.AsSpan((r * Width + c) * 3, 3).Fill(v);
                mask.Pixels[r * Width + c] = d <= 2 ? (byte)1 : (byte)0;
            }
        }

        return new Sample(image) { Masks = [mask], Keypoints = [new Keypoint((float)x, (float)y)] };
    }

    // The centroid (continuous coordinates) of the values above threshold within 5 pixels of (px, py), first channel.
    private static (double X, double Y) Centroid(Image<byte> image, double px, double py, int threshold)
    {
        double sum = 0, sx = 0, sy = 0;
        for (int r = Math.Max(0, (int)py - 5); r < Math.Min(image.Height, (int)py + 6); r++)
        {
            for (int c = Math.Max(0, (int)px - 5); c < Math.Min(image.Width, (int)px + 6); c++)
            {
                double w = Math.Max(0, image.Pixels[(r * image.Width + c) * image.Channels] - threshold);
                sum += w;
                sx += w * (c + 0.5);
                sy += w * (r + 0.5);
            }
        }

        Assert.True(sum > 0, $"no mark near ({px:F2}, {py:F2})");
        return (sx / sum, sy / sum);
    }
}
