using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Cli;

/// <summary>Test-only quarter turn counter-clockwise through the core's PixelMaps, registered as test_rotate90.</summary>
public sealed class TestRotate90(TestRotate90Options options) : ImageTransform<TestRotate90Options, NoParams>("test_rotate90", options)
{
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    public override Sample Apply(Sample sample, NoParams parameters) => PixelMaps.Apply(sample, PixelMap.Rotate90);
}
