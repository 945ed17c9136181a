using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Blur;

namespace SharpAugment.Tests.Transforms.Blur;

/// <summary><c>blur</c>: Albumentations Blur (box filter of a random odd size); values are checked against OpenCV in AlbumentationsPixelReferenceTests.</summary>
public class BlurTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    [Fact]
    public void DrawsEveryOddSizeOfTheRangeAndNothingElse()
    {
        var t = (SharpAugment.Transforms.Blur.Blur)Registry.Parse<Sample>("blur(blur_limit=2..8, p=1)");
        var sample = new Sample(TestImages.Bytes(5, 5, 1));
        var seen = new HashSet<int>();
        for (ulong s = 0; s < 200; s++)
        {
            seen.Add(t.SampleParams(sample, new Rng(s)).Kernel);
        }

        // Albumentations raises the even bounds 2 and 8 to 3 and 9.
        Assert.Equal(new[] { 3, 5, 7, 9 }, seen.Order());
    }

    [Fact]
    public void KeepsAConstantImageAndAveragesAStep()
    {
        var flat = new Image<byte>(9, 7, 3);
        Array.Fill(flat.Pixels, (byte)77);
        var t = new SharpAugment.Transforms.Blur.Blur(new BlurOptions { P = 1 });
        Assert.True(flat.ContentEquals((Image<byte>)t.Apply(new Sample(flat), new BlurParams(5)).Image));

        // A vertical step 0 | 90 at x = 4: a 3x3 box at x = 4 sees one column of 0 and two of 90, so 60.
        var step = new Image<byte>(9, 5, 1);
        for (int y = 0; y < 5; y++)
        {
            for (int x = 4; x < 9; x++)
            {
                step.Pixels[(y * 9) + x] = 90;
            }
        }

        var r = (Image<byte>)t.Apply(new Sample(step), new BlurParams(3)).Image;
        Assert.Equal(60, r.Pixels[(2 * 9) + 4]);
        Assert.Equal(30, r.Pixels[(2 * 9) + 3]);
    }
}
