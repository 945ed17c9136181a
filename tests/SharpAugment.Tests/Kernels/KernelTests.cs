using SharpAugment.Geometry;
using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class KernelTests
{
    [Theory]
    [InlineData(-3, 5, BorderMode.Reflect, 3)]
    [InlineData(5, 5, BorderMode.Reflect, 3)]
    [InlineData(-1, 5, BorderMode.Symmetric, 0)]
    [InlineData(6, 5, BorderMode.Symmetric, 3)]
    [InlineData(-2, 5, BorderMode.Wrap, 3)]
    [InlineData(9, 5, BorderMode.Replicate, 4)]
    [InlineData(-1, 5, BorderMode.Constant, -1)]
    [InlineData(-7, 1, BorderMode.Reflect, 0)]
    public void BorderIndexFollowsNumpyPadModes(int i, int n, BorderMode mode, int expected) =>
        Assert.Equal(expected, Border.Index(i, n, mode));

    [Theory]
    [InlineData(100, 37, Interpolation.Bilinear, true)]
    [InlineData(37, 100, Interpolation.Bilinear, true)]
    [InlineData(100, 37, Interpolation.Bicubic, true)]
    [InlineData(100, 37, Interpolation.Bicubic, false)]
    [InlineData(100, 30, Interpolation.Area, false)]
    [InlineData(7, 3, Interpolation.Bilinear, false)]
    public void ResizeWeightsSumToOne(int inSize, int outSize, Interpolation interp, bool aa)
    {
        var axis = ResizeAxis.Create(inSize, outSize, interp, aa);
        for (int i = 0; i < outSize; i++)
        {
            double sum = 0;
            for (int k = 0; k < axis.Taps; k++)
            {
                sum += axis.Weight[i * axis.Taps + k];
                Assert.InRange(axis.Index[i * axis.Taps + k], 0, inSize - 1);
            }

            Assert.Equal(1.0, sum, 5);
        }
    }

    [Fact]
    public void ResizeOfAConstantImageIsConstant()
    {
        var src = Enumerable.Repeat((byte)77, 31 * 17 * 3).ToArray();
        foreach (var interp in new[] { Interpolation.Nearest, Interpolation.Bilinear, Interpolation.Bicubic, Interpolation.Area })
        {
            var x = ResizeAxis.Create(31, 12, interp, true);
            var y = ResizeAxis.Create(17, 40, interp, true);
            var dst = new byte[12 * 40 * 3];
            var scratch = new float[Resize.ScratchLength(17, 12, 3)];
            Resize.Apply<byte>(src, dst, 3, x, y, scratch);
            Assert.All(dst, v => Assert.Equal(77, v));
        }
    }

    [Fact]
    public void MatrixInverseAndHomographyRoundTrip()
    {
        var m = AffineMatrix.TorchvisionInverse(3, -2, 23, 4, 5, 1.3, 12, -7);
        var p = m * m.Invert();
        Assert.Equal(1, p.M00, 12);
        Assert.Equal(0, p.M01, 12);
        Assert.Equal(1, p.M11, 12);
        (double, double)[] from = [(0, 0), (10, 0), (10, 8), (0, 8)];
        (double, double)[] to = [(1, 2), (9, 1), (11, 9), (-1, 7)];
        var h = Homography.FromPoints(from, to);
        for (int i = 0; i < 4; i++)
        {
            var (x, y) = h.Apply(from[i].Item1, from[i].Item2);
            Assert.Equal(to[i].Item1, x, 9);
            Assert.Equal(to[i].Item2, y, 9);
        }
    }

    [Fact]
    public void BilinearWarpWithConstantFillWeighsTheFillByMissingTaps()
    {
        // A 2x1 image shifted by half a pixel: the left output pixel mixes the fill and the first pixel equally.
        byte[] src = [100, 200];
        var dst = new byte[2];
        var shift = Matrix3.Translation(-0.5, 0);
        Warp.Projective<byte>(src, 2, 1, 1, dst, 2, 1, shift.ToArray(), Interpolation.Bilinear, BorderMode.Constant, [50f]);
        Assert.Equal(75, dst[0]);
        Assert.Equal(150, dst[1]);
    }
}
