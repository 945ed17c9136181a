using SharpAugment.Geometry;
using SharpAugment.Kernels;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Kernels;

/// <summary>The torchvision affine warp's vector path against its scalar path, edge case by edge case. CI runs this class again with DOTNET_EnableHWIntrinsic=0, which checks the scalar fallbacks the same way.</summary>
[Trait("Category", "Kernels")]
public class WarpTests
{
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
            var centred = theta.ToArray();
            var expected = new byte[64 * 40 * channels];
            var actual = new byte[64 * 40 * channels];
            Warp.TorchAffine<byte>(img.Pixels, 53, 41, channels, expected, 64, 40, centred, interp, fill, allowSimd: false);
            Warp.TorchAffine<byte>(img.Pixels, 53, 41, channels, actual, 64, 40, centred, interp, fill, allowSimd: true);
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
                var centred = theta.ToArray();
                foreach (var fill in fills)
                {
                    var expected = new byte[ow * oh * channels];
                    var actual = new byte[ow * oh * channels];
                    Warp.TorchAffine<byte>(img.Pixels, sw, sh, channels, expected, ow, oh, centred, Interpolation.Bilinear, fill, allowSimd: false);
                    Warp.TorchAffine<byte>(img.Pixels, sw, sh, channels, actual, ow, oh, centred, Interpolation.Bilinear, fill, allowSimd: true);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }
}
