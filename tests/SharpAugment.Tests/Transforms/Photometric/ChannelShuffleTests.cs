using SharpAugment.Tests.Support;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>channel_shuffle</c>: a permutation of the colour channels.</summary>
public class ChannelShuffleTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static IImage Run(string text, IImage image, ulong seed = 1) =>
        Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image;

    [Fact]
    public void ChannelShuffleIsAPermutationOfColourChannels()
    {
        var image = TestImages.Bytes(6, 6, 3);
        var seen = new HashSet<string>();
        for (ulong s = 0; s < 60; s++)
        {
            var r = (Image<byte>)Run("channel_shuffle(p=1)", image, s);
            var order = new int[3];
            for (int c = 0; c < 3; c++)
            {
                order[c] = Enumerable.Range(0, 3).Single(k => Enumerable.Range(0, 36).All(i => r.Pixels[(i * 3) + c] == image.Pixels[(i * 3) + k]));
            }

            seen.Add(string.Join(",", order));
        }

        // 60 draws of 6 equally likely orders: missing one has probability 6 * (5/6)^60, about 1e-4.
        Assert.Equal(6, seen.Count);
    }
}
