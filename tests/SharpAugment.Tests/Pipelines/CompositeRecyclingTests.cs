using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Pipelines;

public class CompositeRecyclingTests
{
    public sealed record KeepOptions : TransformOptions;

    /// <summary>A user transform that keeps a reference to the image it returns, as a debugging hook might.</summary>
    private sealed class Keep(KeepOptions options, List<Image<byte>> kept) : Transform<Sample, KeepOptions>("keep", options)
    {
        public override Sample Apply(Sample input, AugmentContext context)
        {
            var copy = ((Image<byte>)input.Image).Clone();
            kept.Add(copy);
            return input with { Image = copy };
        }
    }

    [Fact]
    public void ImagesAUserTransformMadeAreNeverRecycled()
    {
        var kept = new List<Image<byte>>();
        var registry = new TransformRegistry().AddImageTransforms();
        registry.Add<Sample, KeepOptions>("keep", "test", "keeps its output", o => new Keep(o, kept));
        var pipeline = registry.Parse<Sample>("keep | hflip(p=0.5) | vflip | hflip");
        var source = TestImages.Random(64, 48, 3, seed: 3);
        for (int i = 0; i < 20; i++)
        {
            pipeline.Apply(new Sample(source), new AugmentContext(Rng.ForSample(1, 0, i)));

            // Whatever was recycled meanwhile is handed out again here and scribbled on.
            Image<byte>.CreateUninitialized(64, 48, 3).Pixels.AsSpan().Fill(0x5A);
            Image<byte>.CreateUninitialized(64, 48, 3).Pixels.AsSpan().Fill(0x5A);
        }

        Assert.All(kept, k => Assert.True(k.ContentEquals(source), "a kept image was recycled and overwritten"));
    }

    [Fact]
    public void IntermediatesOfLibraryTransformsAreRecycledAndTheResultIsUnchanged()
    {
        // On a fresh thread, so the thread's cache starts empty whatever other tests did.
        int cached = -1;
        bool same = false;
        var thread = new Thread(() =>
        {
            var registry = new TransformRegistry().AddImageTransforms();
            var pipeline = registry.Parse<Sample>("hflip | vflip | hflip");
            var source = TestImages.Random(64, 48, 3, seed: 4);
            var result = (Image<byte>)pipeline.Apply(new Sample(source), new AugmentContext(new Rng(0))).Image;

            // hflip then vflip then hflip is a vertical flip. The first intermediate went back to the cache in time to
            // hold the third step's output; the second is still cached. Without recycling the cache stays empty.
            cached = PixelBufferPool<byte>.Count;
            same = result.ContentEquals(SharpAugment.Imaging.ImageFlips.Vertical(source));
        });
        thread.Start();
        thread.Join();
        Assert.True(same);
        Assert.Equal(1, cached);
    }
}
