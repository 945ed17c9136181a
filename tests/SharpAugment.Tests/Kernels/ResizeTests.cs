using SharpAugment.Kernels;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Kernels;

/// <summary>The resize kernel's vectorized horizontal pass against the scalar loop. CI runs this class again with DOTNET_EnableHWIntrinsic=0, which checks the scalar fallbacks the same way.</summary>
[Trait("Category", "Kernels")]
public class ResizeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ResizeHorizontalPassEqualsTheScalarLoop(int channels)
    {
        foreach (var (sw, sh, dw) in new[] { (37, 11, 15), (15, 7, 37), (6, 3, 6), (1, 2, 3), (64, 5, 7) })
        {
            var img = TestImages.Random(sw, sh, channels, seed: 3);
            var floats = SharpAugment.Imaging.ImageConversions.ToFloat(img);
            foreach (var interp in new[] { Interpolation.Bilinear, Interpolation.Bicubic, Interpolation.Area, Interpolation.Nearest })
            {
                var axis = ResizeAxis.Create(sw, dw, interp, antialias: true);
                int n = Resize.ScratchLength(sh, dw, channels);
                var expected = new float[n];
                var actual = new float[n];
                Resize.HorizontalPass<byte>(img.Pixels, sw, sh, channels, axis, expected, allowSimd: false);
                Resize.HorizontalPass<byte>(img.Pixels, sw, sh, channels, axis, actual, allowSimd: true);
                Assert.Equal(expected.AsSpan(0, sh * dw * channels).ToArray(), actual.AsSpan(0, sh * dw * channels).ToArray());
                Resize.HorizontalPass<float>(floats.Pixels, sw, sh, channels, axis, expected, allowSimd: false);
                Resize.HorizontalPass<float>(floats.Pixels, sw, sh, channels, axis, actual, allowSimd: true);
                Assert.Equal(expected.AsSpan(0, sh * dw * channels).ToArray(), actual.AsSpan(0, sh * dw * channels).ToArray());
            }
        }
    }
}
