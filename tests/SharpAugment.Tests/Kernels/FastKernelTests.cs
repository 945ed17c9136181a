using SharpAugment.Geometry;
using SharpAugment.Kernels;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Kernels;

/// <summary>The vectorized kernels against their scalar references: byte for byte, so any SIMD or fixed-point slip fails.
/// CI runs this class again with DOTNET_EnableHWIntrinsic=0, which checks the scalar fallbacks the same way.</summary>
[Trait("Category", "Kernels")]
public class FastKernelTests
{
    public static TheoryData<int, Interpolation, BorderMode, bool> WarpCases()
    {
        var data = new TheoryData<int, Interpolation, BorderMode, bool>();
        foreach (int ch in new[] { 1, 2, 3, 4 })
        {
            foreach (var interp in new[] { Interpolation.Nearest, Interpolation.Bilinear, Interpolation.Bicubic })
            {
                foreach (var border in new[] { BorderMode.Constant, BorderMode.Reflect, BorderMode.Replicate })
                {
                    data.Add(ch, interp, border, false);
                    data.Add(ch, interp, border, true);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WarpCases))]
    public void ByteWarpEqualsTheGenericKernel(int channels, Interpolation interp, BorderMode border, bool projective)
    {
        var img = TestImages.Random(37, 29, channels, seed: 5);
        var forward = AffineMatrix.TorchvisionInverse(18.5, 14.5, 23, 3, -2, 1.13, 9, -4).Invert();
        if (projective)
        {
            forward = forward with { M20 = 0.0011, M21 = -0.0007 };
        }

        var inverse = forward.Invert();
        float[] fill = [12.5f, 200f, 7f, 99f];
        foreach (var (dw, dh) in new[] { (37, 29), (41, 23), (1, 1), (5, 40), (64, 48) })
        {
            var expected = new byte[dw * dh * channels];
            Warp.ProjectiveGeneric<byte>(img.Pixels, 37, 29, channels, expected, dw, dh, inverse, interp, border, fill);
            foreach (bool simd in new[] { true, false })
            {
                var actual = new byte[dw * dh * channels];
                ByteWarp.Projective(img.Pixels, 37, 29, channels, actual, dw, dh, inverse, interp, border, fill, simd);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void ByteWarpHandlesTheLastPixelOfTheBuffer()
    {
        // The 4-byte vector loads and stores of 3-channel pixels must not run past the buffers: the map reads the
        // bottom-right 2x2 block and writes the last output pixel.
        var img = TestImages.Random(4, 3, 3, seed: 9);
        var inverse = Matrix3.Translation(2.3, 1.2);
        var expected = new byte[4 * 3 * 3];
        Warp.ProjectiveGeneric<byte>(img.Pixels, 4, 3, 3, expected, 4, 3, inverse, Interpolation.Bilinear, BorderMode.Constant, [0f, 0f, 0f]);
        var actual = new byte[4 * 3 * 3];
        Warp.Projective<byte>(img.Pixels, 4, 3, 3, actual, 4, 3, inverse, Interpolation.Bilinear, BorderMode.Constant, [0f, 0f, 0f]);
        Assert.Equal(expected, actual);
    }

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

    [Fact]
    public void FromFloatsRoundsLikeTheScalarRule()
    {
        float[] specials = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0.5f, 0.5f, 1.5f, 2.5f, 254.5f, 255.5f, 1e9f, -1e9f, -0f, 127.49999f];
        var values = new float[77];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = i < specials.Length ? specials[i] : (i * 37 % 300) - 20 + (i % 4) * 0.25f;
        }

        var actual = new byte[values.Length];
        PixelMath.FromFloats<byte>(values, actual);
        for (int i = 0; i < values.Length; i++)
        {
            Assert.True(PixelMath.From<byte>(values[i]) == actual[i], $"value {values[i]} at {i}: expected {PixelMath.From<byte>(values[i])}, got {actual[i]}");
        }
    }

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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WarpRowCoordinatesEqualTheScalarFormula(bool projective)
    {
        var m = AffineMatrix.TorchvisionInverse(3.5, -2, 31, 4, 5, 0.87, 12, -7);
        if (projective)
        {
            m = m with { M20 = 0.0013, M21 = 0.0009 };
        }

        var us = new float[29];
        var vs = new float[29];
        var su = new float[29];
        var sv = new float[29];
        foreach (int y in new[] { 0, 7, 511 })
        {
            ByteWarp.RowCoordinates(m, m.IsAffine, y, us, vs, allowSimd: true);
            ByteWarp.RowCoordinates(m, m.IsAffine, y, su, sv, allowSimd: false);
            Assert.Equal(su, us);
            Assert.Equal(sv, vs);
        }
    }

    [Fact]
    public void ByteWarpSendsNonFiniteCoordinatesToTheFill()
    {
        // A projective map whose denominator crosses zero inside the output: coordinates go to +-infinity and NaN there.
        var img = TestImages.Random(40, 30, 3, seed: 2);
        var inverse = new Matrix3(1, 0.2, 0, 0.1, 1, 0, 0.05, 0.0, -1.0);
        var expected = new byte[48 * 36 * 3];
        var actual = new byte[48 * 36 * 3];
        Warp.ProjectiveGeneric<byte>(img.Pixels, 40, 30, 3, expected, 48, 36, inverse, Interpolation.Bilinear, BorderMode.Constant, [9f, 8f, 7f]);
        Warp.Projective<byte>(img.Pixels, 40, 30, 3, actual, 48, 36, inverse, Interpolation.Bilinear, BorderMode.Constant, [9f, 8f, 7f]);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(3, 3, 1)]
    [InlineData(13, 7, 3)]
    [InlineData(40, 9, 4)]
    [InlineData(9, 5, 2)]
    public void Smooth3x3EqualsTheScalarFormula(int width, int height, int channels)
    {
        var img = TestImages.Random(width, height, channels, seed: 4);
        var actual = new byte[img.Pixels.Length];
        Convolution.Smooth3x3(img.Pixels, actual, width, height, channels);
        var s = img.Pixels;
        int stride = width * channels;
        for (int i = 0; i < s.Length; i++)
        {
            int x = i % stride / channels, y = i / stride;
            byte expected = s[i];
            if (x > 0 && y > 0 && x < width - 1 && y < height - 1)
            {
                float ring = s[i - stride - channels] + s[i - stride] + s[i - stride + channels] + s[i - channels] + s[i + channels] +
                             s[i + stride - channels] + s[i + stride] + s[i + stride + channels];
                expected = (byte)Math.Clamp(MathF.Round((1f / 13f * ring) + (5f / 13f * s[i])), 0f, 255f);
            }

            Assert.True(expected == actual[i], $"element {i}: expected {expected}, got {actual[i]}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void LutAppliesTheTableToEveryElement(int channels)
    {
        var img = TestImages.Random(11, 5, channels, seed: 6);
        var table = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)((i * 97 + 13) % 256);
        }

        var dst = new byte[img.Pixels.Length];
        Lut.Apply(img.Pixels, dst, table, channels, channels);
        for (int i = 0; i < dst.Length; i++)
        {
            Assert.Equal(table[img.Pixels[i]], dst[i]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ScaleOffsetBytesEqualsTheScalarExpression(int channels)
    {
        var img = TestImages.Random(37, 3, channels, seed: 8);
        float[] scale = [0.017f, -0.0213f, 0.0175f, 1f / 255f];
        float[] offset = [-2.1179f, 2.0357f, -1.8044f, 0.5f];
        var actual = new float[img.Pixels.Length];
        int start = PixelMath.ScaleOffsetBytes(img.Pixels, actual, channels, scale, offset);
        Assert.InRange(start, 0, img.Pixels.Length);
        for (int i = 0; i < start; i++)
        {
            int c = i % channels;
            Assert.Equal((img.Pixels[i] * scale[c]) + offset[c], actual[i]);
        }

        Assert.All(actual.AsSpan(start).ToArray(), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void VectorGrayEqualsScalarGray()
    {
        foreach (int width in new[] { 1, 7, 8, 9, 33 })
        {
            var img = TestImages.Random(width, 5, 3, seed: 12);
            var expected = new byte[width * 5];
            var actual = new byte[width * 5];
            ColorKernels.Gray(img.Pixels, expected, 3, vectorized: false);
            ColorKernels.Gray(img.Pixels, actual, 3, vectorized: true);
            Assert.Equal(expected, actual);
        }

        // Every byte value in every channel position, including the extremes that truncate differently from rounding.
        var all = new byte[256 * 3];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = (byte)(i * 7 % 256);
        }

        var e2 = new byte[256];
        var a2 = new byte[256];
        ColorKernels.Gray(all, e2, 3, vectorized: false);
        ColorKernels.Gray(all, a2, 3, vectorized: true);
        Assert.Equal(e2, a2);
    }

    [Theory]
    [InlineData(3, Interpolation.Bilinear, 0f)]
    [InlineData(3, Interpolation.Bilinear, 77f)]
    [InlineData(4, Interpolation.Bilinear, 0f)]
    [InlineData(3, Interpolation.Nearest, 0f)]
    [InlineData(4, Interpolation.Nearest, 5f)]
    public void TorchAffineVectorPathEqualsTheScalarPath(int channels, Interpolation interp, float fillValue)
    {
        var img = TestImages.Random(53, 41, channels, seed: 21);
        float[] fill = [fillValue, fillValue, fillValue, fillValue];
        foreach (var (angle, scale) in new[] { (30.0, 1.0), (-15.0, 1.1), (0.0, 0.7), (180.0, 1.3) })
        {
            var theta = AffineMatrix.TorchvisionInverse(0, 0, angle, 3, -2, scale, 10, 0);
            var inverse = AffineMatrix.CenteredToPixels(theta, 53, 41, 64, 40);
            var expected = new byte[64 * 40 * channels];
            var actual = new byte[64 * 40 * channels];
            Warp.TorchAffine<byte>(img.Pixels, 53, 41, channels, expected, 64, 40, inverse, interp, fill, allowSimd: false);
            Warp.TorchAffine<byte>(img.Pixels, 53, 41, channels, actual, 64, 40, inverse, interp, fill, allowSimd: true);
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void TorchAffineBilinearGroupsEqualTheScalarPathAtEveryEdgeCase(int channels)
    {
        // Sizes not multiples of 8 (row tails), rows longer than one 64-pixel chunk (edge groups written before the inside
        // groups of their chunk), sources one or two pixels wide or high, outputs over 1024 wide (rented tables), output larger and smaller than the source, maps that put the image's last pixel in a group
        // (3-channel reads must not run past it), maps far outside (1e-9 scale: huge coordinates), all-outside rows, and
        // fills that are zero (torch's padding), uniform or per channel (torch's mask).
        var sizes = new[] { (53, 41, 64, 40), (17, 9, 8, 8), (31, 33, 47, 29), (64, 64, 64, 64), (150, 70, 203, 50), (1, 5, 9, 3), (6, 1, 11, 4), (2, 2, 16, 16), (1030, 6, 1100, 5) };
        var maps = new[] { (30.0, 1.0, 0.0, 0.0), (0.0, 1.0, 0.0, 0.0), (90.0, 1.0, 0.0, 0.0), (-75.0, 0.6, 15.0, 4.0), (140.0, 1.7, -20.0, -6.0), (10.0, 1e-9, 0.0, 0.0), (0.0, 1.0, 0.0, 500.0) };
        float[][] fills = [[0, 0, 0, 0], [77, 77, 77, 77], [255, 3.5f, 128, 9]];
        foreach (var (sw, sh, ow, oh) in sizes)
        {
            var img = TestImages.Random(sw, sh, channels, seed: (ulong)(sw + sh));
            foreach (var (angle, scale, shear, translate) in maps)
            {
                var theta = AffineMatrix.TorchvisionInverse(0, 0, angle, translate, -translate / 2, scale, shear, 0);
                var inverse = AffineMatrix.CenteredToPixels(theta, sw, sh, ow, oh);
                foreach (var fill in fills)
                {
                    var expected = new byte[ow * oh * channels];
                    var actual = new byte[ow * oh * channels];
                    Warp.TorchAffine<byte>(img.Pixels, sw, sh, channels, expected, ow, oh, inverse, Interpolation.Bilinear, fill, allowSimd: false);
                    Warp.TorchAffine<byte>(img.Pixels, sw, sh, channels, actual, ow, oh, inverse, Interpolation.Bilinear, fill, allowSimd: true);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void GrayToRgbEqualsGrayThenSpread()
    {
        foreach (int width in new[] { 1, 7, 8, 9, 33 })
        {
            var img = TestImages.Random(width, 4, 3, seed: 13);
            var gray = new byte[width * 4];
            ColorKernels.Gray(img.Pixels, gray, 3, vectorized: false);
            var expected = new byte[img.Pixels.Length];
            ColorKernels.SpreadGray<byte>(gray, img.Pixels, expected, 3);
            foreach (bool vectorized in new[] { true, false })
            {
                var actual = new byte[img.Pixels.Length];
                ColorKernels.GrayToRgb(img.Pixels, actual, vectorized);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.37)]
    [InlineData(1.0)]
    [InlineData(1.8)]
    [InlineData(5.3)]
    [InlineData(-0.6)]
    public void SaturationRgbEqualsBlendWithTheGrayDegenerate(double factor)
    {
        foreach (int width in new[] { 1, 7, 8, 9, 33, 64 })
        {
            var img = TestImages.Random(width, 5, 3, seed: 15);
            var gray = new byte[width * 5];
            ColorKernels.Gray(img.Pixels, gray, 3, vectorized: false);
            var degenerate = new byte[img.Pixels.Length];
            ColorKernels.SpreadGray<byte>(gray, img.Pixels, degenerate, 3);
            var expected = new byte[img.Pixels.Length];
            Blend.Bytes(img.Pixels, degenerate, expected, factor, vectorized: false);
            foreach (bool vectorized in new[] { true, false })
            {
                var actual = new byte[img.Pixels.Length];
                ColorKernels.SaturationRgb(img.Pixels, actual, factor, vectorized);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    public void AutocontrastFromMinMaxEqualsTheHistogramTables(int channels, int colorChannels)
    {
        foreach (int width in new[] { 1, 5, 16, 37 })
        {
            var img = TestImages.Random(width, 3, channels, seed: 16);

            // Narrow, channel-dependent ranges, so min and max are not simply 0 and 255.
            for (int i = 0; i < img.Pixels.Length; i++)
            {
                img.Pixels[i] = (byte)(30 + (img.Pixels[i] / (2 + (i % channels))));
            }

            img.Pixels[^1] = 7;
            var counts = new int[256 * colorChannels];
            Histogram.CountChannels(img.Pixels, channels, colorChannels, counts);

            foreach (bool vectorized in new[] { true, false })
            {
                var min = new byte[colorChannels];
                var max = new byte[colorChannels];
                Histogram.MinMaxChannels(img.Pixels, channels, colorChannels, min, max, vectorized);
                for (int c = 0; c < colorChannels; c++)
                {
                    var expected = new byte[256];
                    var actual = new byte[256];
                    Histogram.AutocontrastTable(counts.AsSpan(c * 256, 256), expected);
                    Histogram.AutocontrastTable(min[c], max[c], actual);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    public void CountChannelsEqualsOneCountPerChannel(int channels, int colorChannels)
    {
        var img = TestImages.Random(19, 7, channels, seed: 14);
        var all = new int[256 * colorChannels];
        Histogram.CountChannels(img.Pixels, channels, colorChannels, all);
        var one = new int[256];
        for (int c = 0; c < colorChannels; c++)
        {
            Histogram.Count(img.Pixels, channels, c, one);
            Assert.Equal(one, all.AsSpan(c * 256, 256).ToArray());
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void PerChannelLutUsesEachChannelsTable(int channels)
    {
        var img = TestImages.Random(9, 5, channels, seed: 15);
        var tables = new byte[256 * 3];
        for (int i = 0; i < tables.Length; i++)
        {
            tables[i] = (byte)((i * 31 + 7) % 256);
        }

        var dst = new byte[img.Pixels.Length];
        Lut.ApplyPerChannel(img.Pixels, dst, tables, channels, 3);
        for (int i = 0; i < dst.Length; i++)
        {
            int c = i % channels;
            Assert.Equal(c < 3 ? tables[(c * 256) + img.Pixels[i]] : img.Pixels[i], dst[i]);
        }
    }

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
