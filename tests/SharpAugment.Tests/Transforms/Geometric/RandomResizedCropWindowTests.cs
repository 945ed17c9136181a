using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Geometric;

namespace SharpAugment.Tests.Transforms.Geometric;

public class RandomResizedCropWindowTests
{
    [Theory]
    [InlineData(3, Interpolation.Bilinear, true)]
    [InlineData(3, Interpolation.Bilinear, false)]
    [InlineData(4, Interpolation.Bicubic, true)]
    [InlineData(1, Interpolation.Nearest, false)]
    [InlineData(3, Interpolation.Bicubic, false)]
    public void ResizingTheWindowInPlaceEqualsCropThenResize(int channels, Interpolation interpolation, bool antialias)
    {
        var sample = TestImages.FullSample(61, 47, channels, seed: 7);
        var floats = sample with { Image = TestImages.Floats(61, 47, channels, seed: 8) };
        var t = new RandomResizedCrop(new RandomResizedCropOptions { Width = 23, Height = 31, Interpolation = interpolation, Antialias = antialias });
        CropParams[] windows = [new(0, 0, 61, 47), new(5, 3, 40, 30), new(60, 46, 1, 1), new(10, 20, 51, 27), new(0, 9, 12, 38), new(3, 4, 23, 31)];
        foreach (var s in new[] { sample, floats })
        {
            foreach (var p in windows)
            {
                var cropped = SampleGeometry.Apply(s, GeometricPlan.Window(p.X, p.Y, p.Width, p.Height, BorderMode.Constant, [0.0], 0));
                var expected = SampleGeometry.Apply(cropped, GeometricPlan.Resize(p.Width, p.Height, 23, 31, interpolation, antialias));
                var actual = t.Apply(s, p);
                AssertSame(expected, actual);
            }
        }
    }

    private static void AssertSame(Sample expected, Sample actual)
    {
        // Exact equality: the window path must read the very same pixels with the same arithmetic.
        switch (expected.Image)
        {
            case Image<byte> b:
                Assert.Equal(b.Pixels, ((Image<byte>)actual.Image).Pixels);
                break;
            case Image<float> f:
                Assert.Equal(f.Pixels, ((Image<float>)actual.Image).Pixels);
                break;
        }

        Assert.Equal(expected.Width, actual.Width);
        Assert.Equal(expected.Masks.Count, actual.Masks.Count);
        for (int m = 0; m < expected.Masks.Count; m++)
        {
            Assert.Equal(expected.Masks[m].Pixels, actual.Masks[m].Pixels);
        }

        Assert.Equal(expected.Boxes, actual.Boxes);
        Assert.Equal(expected.Keypoints, actual.Keypoints);
    }
}
