using SharpAugment.Geometry;
using SharpAugment.Kernels;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Kernels;

/// <summary>The byte warp's vector and fixed-point paths against the generic float kernel and the scalar coordinate formula. CI runs this class again with DOTNET_EnableHWIntrinsic=0, which checks the scalar fallbacks the same way.</summary>
[Trait("Category", "Kernels")]
public class ByteWarpTests
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

        var inverse = forward.Invert().ToArray();
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
        var inverse = Matrix3.Translation(2.3, 1.2).ToArray();
        var expected = new byte[4 * 3 * 3];
        Warp.ProjectiveGeneric<byte>(img.Pixels, 4, 3, 3, expected, 4, 3, inverse, Interpolation.Bilinear, BorderMode.Constant, [0f, 0f, 0f]);
        var actual = new byte[4 * 3 * 3];
        Warp.Projective<byte>(img.Pixels, 4, 3, 3, actual, 4, 3, inverse, Interpolation.Bilinear, BorderMode.Constant, [0f, 0f, 0f]);
        Assert.Equal(expected, actual);
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
            ByteWarp.RowCoordinates(m.ToArray(), m.IsAffine, y, us, vs, allowSimd: true);
            ByteWarp.RowCoordinates(m.ToArray(), m.IsAffine, y, su, sv, allowSimd: false);
            Assert.Equal(su, us);
            Assert.Equal(sv, vs);
        }
    }

    [Fact]
    public void ByteWarpSendsNonFiniteCoordinatesToTheFill()
    {
        // A projective map whose denominator crosses zero inside the output: coordinates go to +-infinity and NaN there.
        var img = TestImages.Random(40, 30, 3, seed: 2);
        var inverse = new Matrix3(1, 0.2, 0, 0.1, 1, 0, 0.05, 0.0, -1.0).ToArray();
        var expected = new byte[48 * 36 * 3];
        var actual = new byte[48 * 36 * 3];
        Warp.ProjectiveGeneric<byte>(img.Pixels, 40, 30, 3, expected, 48, 36, inverse, Interpolation.Bilinear, BorderMode.Constant, [9f, 8f, 7f]);
        Warp.Projective<byte>(img.Pixels, 40, 30, 3, actual, 48, 36, inverse, Interpolation.Bilinear, BorderMode.Constant, [9f, 8f, 7f]);
        Assert.Equal(expected, actual);
    }
}
