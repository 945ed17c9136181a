using SharpAugment.Kernels;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Kernels;

/// <summary>The flip kernels' vector row mirror against the element-by-element definition. CI runs this class again with DOTNET_EnableHWIntrinsic=0, which checks the scalar fallbacks the same way.</summary>
[Trait("Category", "Kernels")]
public class FlipTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void HorizontalFlipMirrorsEveryRow(int channels)
    {
        foreach (int width in new[] { 1, 2, 5, 6, 7, 11, 16, 31, 33, 47, 48, 64, 97 })
        {
            var img = TestImages.Random(width, 3, channels, seed: 11);
            var dst = new byte[img.Pixels.Length];
            Flip.Horizontal<byte>(img.Pixels, dst, width, 3, channels);
            var f = SharpAugment.Imaging.ImageConversions.ToFloat(img);
            var fdst = new float[f.Pixels.Length];
            Flip.Horizontal<float>(f.Pixels, fdst, width, 3, channels);
            for (int y = 0; y < 3; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    for (int c = 0; c < channels; c++)
                    {
                        int d = (y * width + x) * channels + c, s = (y * width + width - 1 - x) * channels + c;
                        Assert.Equal(img.Pixels[s], dst[d]);
                        Assert.Equal(f.Pixels[s], fdst[d]);
                    }
                }
            }
        }
    }
}
