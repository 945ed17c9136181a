using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Transforms.Noise;

/// <summary>Runs a pipeline text on one image with a fixed seed, for the noise tests.</summary>
internal static class NoiseTestRunner
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    internal static IImage Run(string text, IImage image, ulong seed = 1) =>
        Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image;

    internal static Image<byte> Flat(int width, int height, int channels, byte value) =>
        new(width, height, channels, Enumerable.Repeat(value, width * height * channels).ToArray());

    internal static (double Mean, double Sd) Stats(IEnumerable<double> values)
    {
        var v = values.ToArray();
        double mean = v.Average();
        return (mean, Math.Sqrt(v.Average(x => (x - mean) * (x - mean))));
    }
}
