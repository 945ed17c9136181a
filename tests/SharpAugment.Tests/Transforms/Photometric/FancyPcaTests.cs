using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>fancy_pca</c>: a linear map of the centred pixels along the principal components.</summary>
public class FancyPcaTests
{
    [Fact]
    public void ZeroWeightsKeepTheImageAndTheMeanStaysPut()
    {
        var image = TestImages.Floats(20, 16, 3, seed: 9);
        var t = new FancyPca(new FancyPcaOptions { P = 1 });
        var same = (Image<float>)t.Apply(new Sample(image), new FancyPcaParams([0, 0, 0])).Image;
        Assert.True(same.ContentEquals(image));

        // The noise is linear in the centred pixel, so it averages to zero per channel (no clipping at small weights).
        var r = (Image<float>)t.Apply(new Sample(image), new FancyPcaParams([0.05, -0.04, 0.03])).Image;
        for (int c = 0; c < 3; c++)
        {
            double before = 0, after = 0;
            for (int i = c; i < image.Pixels.Length; i += 3)
            {
                before += image.Pixels[i];
                after += r.Pixels[i];
            }

            Assert.Equal(before / 320, after / 320, 2);
        }

        Assert.False(r.ContentEquals(image));
    }

    [Fact]
    public void TheFirstComponentScalesTheDominantColourDirection()
    {
        // Pixels vary only along (1, 1, 1): the first component is that gray axis, so weight 1 doubles the spread
        // (noise = l1 * v1 (v1 . c) = 2 ... scaled by the eigenvalue, so only the contrast changes and gray stays gray).
        var image = new Image<float>(10, 1, 3);
        for (int x = 0; x < 10; x++)
        {
            image.Pixels.AsSpan(3 * x, 3).Fill(0.3f + (0.04f * x));
        }

        var r = (Image<float>)new FancyPca(new FancyPcaOptions { P = 1 }).Apply(new Sample(image), new FancyPcaParams([20, 0, 0])).Image;
        for (int x = 0; x < 10; x++)
        {
            Assert.Equal(r.Pixels[3 * x], r.Pixels[(3 * x) + 1], 5);
            Assert.Equal(r.Pixels[3 * x], r.Pixels[(3 * x) + 2], 5);
        }

        Assert.True(Math.Abs(r.Pixels[27] - r.Pixels[0]) != Math.Abs(image.Pixels[27] - image.Pixels[0]));
    }
}
