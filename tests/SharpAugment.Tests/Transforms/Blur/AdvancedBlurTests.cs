using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Blur;

namespace SharpAugment.Tests.Transforms.Blur;

/// <summary><c>advanced_blur</c>: the anisotropic generalized Gaussian kernel.</summary>
public class AdvancedBlurTests
{
    [Fact]
    public void WithoutNoiseTheKernelIsAnAxisAlignedGaussian()
    {
        var t = new AdvancedBlur(new AdvancedBlurOptions { P = 1, NoiseLimit = new(1, 1) });
        var k = t.Kernel(new AdvancedBlurParams(7, 2.0, 0.5, 0, 1, 0));
        Assert.Equal(1.0, k.Sum(v => (double)v), 5);
        // Wider along x than y: the tap 2 to the right outweighs the tap 2 below.
        Assert.True(k[(3 * 7) + 5] > k[(5 * 7) + 3]);
        Assert.Equal(k[(3 * 7) + 1], k[(3 * 7) + 5], 6);

        // Rotated by 90 degrees the axes swap.
        var r = t.Kernel(new AdvancedBlurParams(7, 2.0, 0.5, 90, 1, 0));
        Assert.Equal(k[(3 * 7) + 5], r[(5 * 7) + 3], 5);
    }

    [Fact]
    public void BetaIsDrawnOnBothSidesOfOne()
    {
        var t = new AdvancedBlur(new AdvancedBlurOptions { P = 1 });
        var rng = new Rng(1);
        var betas = Enumerable.Range(0, 200).Select(_ => t.SampleParams(new Sample(new Image<byte>(3, 3, 1)), rng).Beta).ToList();
        Assert.Contains(betas, b => b < 1);
        Assert.Contains(betas, b => b > 1);
        Assert.All(betas, b => Assert.InRange(b, 0.5, 8));
    }
}
