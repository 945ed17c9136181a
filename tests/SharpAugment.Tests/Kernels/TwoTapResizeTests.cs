using SharpAugment.Kernels;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Kernels;

/// <summary>The two-tap (bilinear) resize fast path against the general separable kernel. CI runs this class again with DOTNET_EnableHWIntrinsic=0, which checks the scalar fallbacks the same way.</summary>
[Trait("Category", "Kernels")]
public class TwoTapResizeTests
{
    public static TheoryData<int, Interpolation, bool> TwoTapCases()
    {
        var data = new TheoryData<int, Interpolation, bool>();
        foreach (int ch in new[] { 1, 2, 3, 4 })
        {
            foreach (var interp in new[] { Interpolation.Nearest, Interpolation.Bilinear, Interpolation.Area })
            {
                data.Add(ch, interp, false);
                data.Add(ch, interp, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TwoTapCases))]
    public void TwoTapResizeEqualsTheGeneralKernel(int channels, Interpolation interp, bool antialias)
    {
        // Windows touching every edge of the image (the bottom-right one makes the 8-byte loads of the last row fall
        // back to scalar), shrinking by less and more than 2, enlarging, odd sizes and a 2-pixel source.
        var img = TestImages.Random(41, 29, channels, seed: 11);
        int stride = 41 * channels;
        foreach (var (x, y, w, h, dw, dh) in new[]
                 {
                     (0, 0, 41, 29, 17, 13), (3, 2, 38, 27, 37, 31), (0, 0, 41, 29, 90, 61), (20, 10, 21, 19, 8, 7),
                     (39, 27, 2, 2, 5, 3), (5, 4, 31, 23, 31, 23), (1, 1, 40, 28, 3, 2), (13, 0, 7, 29, 16, 5),
                 })
        {
            var window = img.Pixels.AsSpan((y * stride) + (x * channels));
            var xAxis = ResizeAxis.Create(w, dw, interp, antialias);
            var yAxis = ResizeAxis.Create(h, dh, interp, antialias);
            var expected = new byte[dw * dh * channels];
            Resize.Apply<byte>(window, stride, expected, channels, xAxis, yAxis, new float[Resize.ScratchLength(h, dw, channels)]);
            bool twoTaps = interp != Interpolation.Area || (w <= dw && h <= dh);
            bool widened = antialias && interp != Interpolation.Nearest && (w > dw || h > dh);
            foreach (bool simd in new[] { false, true })
            {
                var actual = new byte[expected.Length];
                bool done = Resize.TryApplyTwoTap(window, stride, w, h, actual, dw, dh, channels, interp, antialias, simd);
                Assert.Equal(twoTaps && !widened, done);
                if (done)
                {
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void TwoTapResizeDeclinesWiderFiltersAndOnePixelSources()
    {
        var img = TestImages.Random(9, 7, 3, seed: 2);
        var dst = new byte[5 * 4 * 3];
        Assert.False(Resize.TryApplyTwoTap(img.Pixels, 27, 9, 7, dst, 5, 4, 3, Interpolation.Bicubic, false));
        Assert.False(Resize.TryApplyTwoTap(img.Pixels, 27, 9, 7, dst, 5, 4, 3, Interpolation.Bilinear, true));
        Assert.False(Resize.TryApplyTwoTap(img.Pixels, 27, 1, 7, dst, 5, 4, 3, Interpolation.Bilinear, false));
        Assert.True(Resize.TryApplyTwoTap(img.Pixels, 27, 9, 7, dst, 5, 4, 3, Interpolation.Bilinear, false));
    }
}
