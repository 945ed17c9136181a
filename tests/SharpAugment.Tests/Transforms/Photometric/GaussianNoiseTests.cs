using SharpAugment.Tests.Support;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>gaussian_noise</c>: the spread of the noise.</summary>
public class GaussianNoiseTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static IImage Run(string text, IImage image, ulong seed = 1) =>
        Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image;

    [Fact]
    public void GaussianNoiseHasTheRequestedSpread()
    {
        var img = new Image<float>(100, 100, 1, Enumerable.Repeat(0.5f, 10000).ToArray());
        var r = ((Image<float>)Run("gaussian_noise(mean=0.1, sigma=0.05)", img, seed: 3)).Pixels;
        double mean = r.Average(v => (double)v);
        double sd = Math.Sqrt(r.Average(v => (v - mean) * (v - mean)));

        // 10,000 draws: standard error of the mean is 0.0005, of the sd about 0.00035; 0.005 is ten of either.
        Assert.InRange(mean, 0.595, 0.605);
        Assert.InRange(sd, 0.045, 0.055);
        var clipped = ((Image<float>)Run("gaussian_noise(sigma=1)", img)).Pixels;
        Assert.All(clipped, v => Assert.InRange(v, 0f, 1f));
        var unclipped = ((Image<float>)Run("gaussian_noise(sigma=1, clip=false)", img)).Pixels;
        Assert.Contains(unclipped, v => v is < 0f or > 1f);
    }
}
