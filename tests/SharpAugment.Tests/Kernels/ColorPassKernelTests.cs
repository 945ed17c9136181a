using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Kernels;

/// <summary>The one-pass colour kernels (brightness/contrast blend with a constant, solarize, gray sum, fused sharpness, saturation)
/// against the table or two-pass formulas they replace, byte for byte, on both paths. CI reruns the class with
/// DOTNET_EnableHWIntrinsic=0, which checks the scalar fallbacks the same way.</summary>
[Trait("Category", "Kernels")]
public class ColorPassKernelTests
{
    private static readonly bool[] Paths = [true, false];

    // Lengths around the 32-byte vector step and the 28-byte reach of the RGB steps, so every tail length shows up.
    private static readonly int[] Widths = [1, 2, 7, 8, 9, 10, 11, 16, 33, 70];

    /// <summary>Every byte value, then seeded noise with runs of 0 and 255 (the saturating ends).</summary>
    private static byte[] AllValues(int length, ulong seed)
    {
        var rng = new Rng(seed);
        var data = new byte[length];
        for (int i = 0; i < length; i++)
        {
            data[i] = i < 256 ? (byte)i : (byte)((i / 40 % 5) switch { 0 => 0, 1 => 255, _ => rng.Next(256) });
        }

        return data;
    }

    [Theory]
    [InlineData(1.3, 0f)]
    [InlineData(0.0, 0f)]
    [InlineData(1.0, 0f)]
    [InlineData(0.37, 0f)]
    [InlineData(5.3, 0f)]
    [InlineData(1.3, 117.37f)]
    [InlineData(0.6, 201.5f)]
    [InlineData(-0.6, 88.1f)]
    [InlineData(3e7, 17f)]
    [InlineData(1e12, 255f)]
    public void BlendWithConstantEqualsTheLutTable(double factor, float constant)
    {
        var table = new byte[256];
        LutTables.Blend(table, factor, constant);
        foreach (int length in new[] { 1, 31, 32, 33, 256, 256 * 3 + 5, 1000 })
        {
            var src = AllValues(length, 3);
            var expected = new byte[length];
            Lut.Apply(src, expected, table, 1, 1);
            foreach (bool vectorized in Paths)
            {
                var actual = new byte[length];
                Blend.WithConstant(src, actual, factor, constant, vectorized);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Theory]
    [InlineData(128.0)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(127.5)]
    [InlineData(255.0)]
    [InlineData(255.5)]
    [InlineData(300.0)]
    [InlineData(double.NaN)]
    public void SolarizeEqualsTheLutTable(double threshold)
    {
        var table = new byte[256];
        LutTables.Solarize(table, threshold);
        foreach (int channels in new[] { 1, 2, 3, 4 })
        {
            foreach (int width in Widths)
            {
                var src = AllValues(width * 5 * channels, 4);
                var expected = new byte[src.Length];
                Lut.Apply(src, expected, table, channels, Math.Min(channels, 3));
                foreach (bool vectorized in Paths)
                {
                    var actual = new byte[src.Length];
                    PointOps.Solarize(src, actual, threshold, channels, vectorized);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void GraySumEqualsTheSumOfTheGrayPlane(int channels)
    {
        foreach (int width in Widths)
        {
            var src = AllValues(width * 7 * channels, 5);
            var gray = new byte[width * 7];
            ColorKernels.Gray(src, gray, channels, vectorized: false);
            long expected = 0;
            foreach (byte g in gray)
            {
                expected += g;
            }

            foreach (bool vectorized in Paths)
            {
                Assert.Equal(expected, ColorKernels.GraySum(src, channels, vectorized));
            }
        }
    }

    [Fact]
    public void GrayVectorPathMatchesTheScalarFormulaForEveryPixelValue()
    {
        // 2^24 colours would be slow to check with the scalar reference; every (r, g) pair with 19 blue levels covers each channel value at every position.
        var src = new byte[256 * 256 * 19 * 3];
        int k = 0;
        for (int b = 0; b < 256; b += 14)
        {
            for (int g = 0; g < 256; g++)
            {
                for (int r = 0; r < 256; r++)
                {
                    src[k++] = (byte)r;
                    src[k++] = (byte)g;
                    src[k++] = (byte)(b == 252 ? 255 : b);
                }
            }
        }

        var expected = new byte[src.Length / 3];
        ColorKernels.Gray(src, expected, 3, vectorized: false);
        var actual = new byte[src.Length / 3];
        ColorKernels.Gray(src, actual, 3, vectorized: true);
        Assert.Equal(expected, actual);
        var rgb = new byte[src.Length];
        ColorKernels.GrayToRgb(src, rgb, vectorized: true);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(rgb[3 * i] == expected[i] && rgb[(3 * i) + 1] == expected[i] && rgb[(3 * i) + 2] == expected[i], $"pixel {i}");
        }
    }

    [Theory]
    [InlineData(1.3)]
    [InlineData(3e7)]
    [InlineData(-2e9)]
    public void SaturationRgbClampsLikeTheBlend(double factor)
    {
        // Factors whose products leave the int32 range take the clamping branch of the vector path.
        foreach (int width in Widths)
        {
            var src = AllValues(width * 6 * 3, 6);
            var gray = new byte[width * 6];
            ColorKernels.Gray(src, gray, 3, vectorized: false);
            var degenerate = new byte[src.Length];
            ColorKernels.SpreadGray<byte>(gray, src, degenerate, 3);
            var expected = new byte[src.Length];
            Blend.Bytes(src, degenerate, expected, factor, vectorized: false);
            foreach (bool vectorized in Paths)
            {
                var actual = new byte[src.Length];
                ColorKernels.SaturationRgb(src, actual, factor, vectorized);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void SmoothingRoundingEqualsTheIntegerDivision()
    {
        // Every (ring, centre) pair the 3x3 kernel can see: the float formula's rounded value equals (S + 6) * 5042 >> 16 with S = ring + 5 * centre.
        for (int ring = 0; ring <= 8 * 255; ring++)
        {
            for (int x = 0; x < 256; x++)
            {
                int expected = (int)Math.Clamp(MathF.Round((1f / 13f * ring) + (5f / 13f * x)), 0f, 255f);
                int actual = ((ring + (5 * x) + 6) * 5042) >> 16;
                Assert.True(expected == actual, $"ring {ring}, centre {x}: {expected} vs {actual}");
            }
        }
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(5.3)]
    [InlineData(-0.6)]
    [InlineData(4e9)]
    public void SharpenEqualsSmoothThenBlend(double factor)
    {
        foreach (int channels in new[] { 1, 2, 3, 4 })
        {
            foreach ((int width, int height) in new[] { (1, 4), (2, 2), (3, 3), (4, 5), (7, 3), (9, 4), (17, 6), (40, 5) })
            {
                var img = TestImages.Random(width, height, channels, seed: (ulong)(width + channels));
                var src = img.Pixels;

                // Saturated patches, so the blend leaves 0..255 on both sides.
                for (int i = 0; i < src.Length; i += 11)
                {
                    src[i] = (byte)(i % 2 == 0 ? 255 : 0);
                }

                var degenerate = new byte[src.Length];
                Convolution.Smooth3x3(src, degenerate, width, height, channels);
                var expected = new byte[src.Length];
                Blend.Bytes(src, degenerate, expected, factor, vectorized: false);
                foreach (bool vectorized in Paths)
                {
                    var actual = new byte[src.Length];
                    Convolution.Sharpen(src, actual, width, height, channels, factor, vectorized);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(65)]
    [InlineData(1000)]
    public void StretchRgbEqualsTheAutocontrastTables(int pixels)
    {
        // Any byte, also outside [lo, hi], must give the table's value; (lo, hi) pairs include flat and full ranges.
        var rng = new SharpAugment.Randomness.Rng(21);
        var src = new byte[3 * pixels];
        for (int i = 0; i < src.Length; i++)
        {
            src[i] = (byte)rng.Next(256);
        }

        foreach (var (lo, hi) in new[] { (0, 255), (10, 11), (37, 200), (128, 128), (255, 0), (0, 1), (3, 254) })
        {
            var tables = new byte[768];
            var min = new float[3];
            var scale = new float[3];
            for (int c = 0; c < 3; c++)
            {
                int l = Math.Min(255, lo + c), h = Math.Min(255, hi + (2 * c));
                Histogram.AutocontrastTable(l, h, tables.AsSpan(c * 256, 256));
                (min[c], scale[c]) = Histogram.AutocontrastCoefficients(l, h);
            }

            var want = new byte[src.Length];
            Lut.ApplyPerChannel(src, want, tables, 3, 3);
            foreach (bool vectorized in new[] { false, true })
            {
                var got = new byte[src.Length];
                PointOps.StretchRgb(src, got, min, scale, vectorized);
                Assert.True(want.AsSpan().SequenceEqual(got), $"lo {lo}, hi {hi}, vectorized {vectorized}");
            }
        }
    }
}
