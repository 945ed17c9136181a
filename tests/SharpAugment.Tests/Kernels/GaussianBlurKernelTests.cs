using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Kernels;

/// <summary>The fixed-point byte blur: vector and scalar paths byte for byte (CI reruns this class with
/// DOTNET_EnableHWIntrinsic=0), and within one level of the float32 path.</summary>
[Trait("Category", "Kernels")]
public class GaussianBlurKernelTests
{
    public static TheoryData<int, int, int, int, int, double> Cases() => new()
    {
        { 1, 1, 1, 5, 5, 1.0 },
        { 2, 3, 3, 5, 5, 1.0 },
        { 3, 7, 4, 9, 3, 2.0 },
        { 17, 9, 3, 5, 5, 1.0 },
        { 17, 3, 3, 5, 5, 1.0 },
        { 16, 2, 4, 5, 5, 1.0 },
        { 6, 1, 3, 5, 5, 1.0 },
        { 33, 20, 1, 7, 5, 1.3 },
        { 64, 31, 3, 5, 5, 0.7 },
        { 45, 12, 4, 3, 11, 3.0 },
        { 5, 40, 2, 21, 21, 5.0 },
        { 37, 29, 3, 31, 31, 8.0 },
        { 70, 9, 3, 3, 3, 0.1 },
        { 129, 17, 3, 5, 5, 1.0 },
        { 11, 13, 3, 41, 41, 2.0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void VectorAndScalarPathsGiveTheSameBytesWithinOneLevelOfTheFloatPath(int width, int height, int channels, int sizeX, int sizeY, double sigma)
    {
        var src = Noise(width, height, channels);
        var kx = new float[sizeX];
        var ky = new float[sizeY];
        Convolution.GaussianKernel(kx, sigma);
        Convolution.GaussianKernel(ky, sigma);
        var scalar = new byte[src.Length];
        var vector = new byte[src.Length];
        Assert.True(GaussianBlurKernel.TryBlur(src, scalar, width, height, channels, kx, ky, allowSimd: false));
        Assert.True(GaussianBlurKernel.TryBlur(src, vector, width, height, channels, kx, ky, allowSimd: true));
        Assert.Equal(scalar, vector);

        var exact = new byte[src.Length];
        Convolution.Separable(src, exact, new float[Convolution.ByteScratchLength(width, height, channels)], width, height, channels, kx, ky);
        for (int i = 0; i < src.Length; i++)
        {
            // Each fixed-point product is within 1/256 of a level and there are at most 41 + 41 of them: the sum before
            // rounding stays within 0.33 of the float one, so the rounded bytes differ by at most 1.
            Assert.InRange(vector[i] - exact[i], -1, 1);
        }
    }

    [Fact]
    public void SaturatedAndConstantImagesStayPut()
    {
        foreach (byte v in new byte[] { 0, 1, 93, 254, 255 })
        {
            foreach (int k in new[] { 3, 5, 7, 41 })
            {
                var src = Enumerable.Repeat(v, 19 * 7 * 3).ToArray();
                var kernel = new float[k];
                Convolution.GaussianKernel(kernel, k / 3.0);
                var dst = new byte[src.Length];
                Assert.True(GaussianBlurKernel.TryBlur(src, dst, 19, 7, 3, kernel, kernel));
                Assert.All(dst, d => Assert.Equal(v, d));
            }
        }
    }

    [Fact]
    public void DeclinesKernelsWhoseSumsWouldLeaveSixteenBits()
    {
        var src = Noise(9, 8, 3);
        var dst = new byte[src.Length];
        var wide = new float[257];
        Convolution.GaussianKernel(wide, 60.0);
        Assert.False(GaussianBlurKernel.TryBlur(src, dst, 9, 8, 3, wide, wide));
        Assert.False(GaussianBlurKernel.TryBlur(src, dst, 9, 8, 3, [0.5f, 0.5f, 0.5f], [0f, 1f, 0f]));
        Assert.False(GaussianBlurKernel.TryBlur(src, dst, 9, 8, 3, [0.5f, 1.5f, -1f], [0f, 1f, 0f]));
        Assert.All(dst, d => Assert.Equal(0, d));
        Assert.Throws<ArgumentException>(() => GaussianBlurKernel.TryBlur(src, dst, 9, 8, 3, [0.5f, 0.5f], [1f]));
    }

    [Fact]
    public void TransformFallsBackToTheFloatPathForWideKernels()
    {
        // The image is larger than half the kernel, as torchvision's reflect padding requires.
        var img = TestImages.Random(131, 129, 3, seed: 4);
        var t = new TransformRegistry().AddImageTransforms().Parse<Sample>("gaussian_blur(kernel_size=257, sigma=60, p=1)");
        var actual = Assert.IsType<Image<byte>>(t.Apply(new Sample(img), new AugmentContext(new Rng(1))).Image);
        var k = new float[257];
        Convolution.GaussianKernel(k, 60.0);
        var expected = new byte[img.Pixels.Length];
        Convolution.Separable(img.Pixels, expected, new float[Convolution.ByteScratchLength(131, 129, 3)], 131, 129, 3, k, k);
        Assert.Equal(expected, actual.Pixels);
    }

    private static byte[] Noise(int width, int height, int channels)
    {
        var rng = new Rng((ulong)((width * 1000) + (height * 10) + channels));
        var src = new byte[width * height * channels];
        for (int i = 0; i < src.Length; i++)
        {
            // Mostly random, with runs of 0 and 255 so saturation and flat areas are covered.
            int r = rng.Next(300);
            src[i] = (byte)(r < 255 ? r : r < 280 ? 255 : 0);
        }

        return src;
    }
}
