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
        foreach (var (dw, dh) in new[] { (37, 29), (41, 23), (1, 1), (5, 40) })
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
}
