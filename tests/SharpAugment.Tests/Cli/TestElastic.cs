using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Cli;

/// <summary>Test-only stand-in for elastic: a random displacement field applied to the image and, with nearest lookup, to masks (test_elastic).</summary>
public sealed class TestElastic(TestElasticOptions options) : ImageTransform<TestElasticOptions, TestElasticParams>("test_elastic", options)
{
    public override TestElasticParams SampleParams(Sample sample, Rng rng) => new(rng.NextUInt64());

    public override Sample Apply(Sample sample, TestElasticParams parameters)
    {
        int w = sample.Width, h = sample.Height, s = Options.Shift;
        var field = new Rng(parameters.FieldSeed);
        var from = new int[w * h];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                int sx = Math.Clamp(x + field.Next(-s, s + 1), 0, w - 1), sy = Math.Clamp(y + field.Next(-s, s + 1), 0, h - 1);
                from[y * w + x] = sy * w + sx;
            }
        }

        return sample with { Image = Warp(ImageConversions.ToBytes(sample.Image), from), Masks = sample.Masks.Select(m => Warp(m, from)).ToArray() };
    }

    private static Image<byte> Warp(Image<byte> src, int[] from)
    {
        var dst = new Image<byte>(src.Width, src.Height, src.Channels);
        for (int i = 0; i < from.Length; i++)
        {
            for (int c = 0; c < src.Channels; c++)
            {
                dst.Pixels[i * src.Channels + c] = src.Pixels[from[i] * src.Channels + c];
            }
        }

        return dst;
    }
}
