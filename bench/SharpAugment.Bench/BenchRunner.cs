using System.Diagnostics;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Bench;

/// <summary>The timing rule shared with bench/peers: a warm-up (every image at least once, and at least a quarter of the timed seconds, at most 1 s, so the JIT has tiered up), then calls cycling over the images until at least the given seconds have passed.</summary>
public static class BenchRunner
{
    /// <summary>Measures one transform: every call builds a new sample from an unmodified source image and draws from its own Rng.</summary>
    /// <param name="transform">The transform.</param>
    /// <param name="images">The prepared images (never modified).</param>
    /// <param name="seconds">Minimum timed seconds.</param>
    /// <param name="threads">Threads each running the loop; 1 for the figures.</param>
    /// <param name="seed">The seed of the per-call Rng streams.</param>
    /// <param name="requireNewImage">Fail when a call returns its input image (policies may, for their identity op).</param>
    public static BenchMeasurement Measure(ITransform<Sample> transform, IReadOnlyList<Image<byte>> images, double seconds, int threads, ulong seed, bool requireNewImage = true)
    {
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(images);
        long warm = Stopwatch.GetTimestamp();
        double warmSeconds = Math.Min(1.0, seconds / 4);
        for (int i = 0; i < Math.Max(3, images.Count) || Stopwatch.GetElapsedTime(warm).TotalSeconds < warmSeconds; i++)
        {
            Call(transform, images, seed, i, requireNewImage);
        }

        long ticks = (long)(seconds * Stopwatch.Frequency);
        var calls = new long[threads];
        var bytes = new long[threads];
        long start = Stopwatch.GetTimestamp();
        if (threads == 1)
        {
            (calls[0], bytes[0]) = Loop(transform, images, seed, 0, start, ticks, requireNewImage);
        }
        else
        {
            var workers = new Thread[threads];
            for (int t = 0; t < threads; t++)
            {
                int id = t;
                workers[t] = new Thread(() => (calls[id], bytes[id]) = Loop(transform, images, seed, id, start, ticks, requireNewImage));
                workers[t].Start();
            }

            foreach (var w in workers)
            {
                w.Join();
            }
        }

        double elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long n = calls.Sum();
        return new BenchMeasurement(n / elapsed, (double)bytes.Sum() / n, n, elapsed);
    }

    private static (long Calls, long Bytes) Loop(ITransform<Sample> transform, IReadOnlyList<Image<byte>> images, ulong seed, int thread, long start, long ticks, bool requireNewImage)
    {
        long alloc0 = GC.GetAllocatedBytesForCurrentThread();
        long n = 0;
        int index = thread * 1_000_003;
        do
        {
            Call(transform, images, seed, index++, requireNewImage);
            n++;
        }
        while (Stopwatch.GetTimestamp() - start < ticks);

        return (n, GC.GetAllocatedBytesForCurrentThread() - alloc0);
    }

    private static void Call(ITransform<Sample> transform, IReadOnlyList<Image<byte>> images, ulong seed, int index, bool requireNewImage)
    {
        var source = images[index % images.Count];
        var result = transform.Apply(new Sample(source), new AugmentContext(Rng.ForSample(seed, 0, index)));
        if (requireNewImage && ReferenceEquals(result.Image, source))
        {
            throw new InvalidOperationException($"bench: {transform.Name} returned its input unchanged; every call must produce a new image.");
        }

        // The output is finished with, as the peers' outputs are when they are freed: its buffer serves the next call.
        if (!ReferenceEquals(result.Image, source))
        {
            result.Image.Recycle();
        }
    }
}
