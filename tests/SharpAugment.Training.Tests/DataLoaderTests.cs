using SharpAugment.Imaging;
using SharpAugment.Imaging.Collation;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Mixing;

namespace SharpAugment.Training.Tests;

public class DataLoaderTests
{
    private const string Pipeline = "random_resized_crop(width=24, height=20) | hflip(p=0.5) | randaugment(num_ops=2, magnitude=9)";

    private static ITransform<Sample> Parse(string text) => new TransformRegistry().AddImageTransforms().Parse<Sample>(text);

    private static async Task<List<(float[] Data, long[] Shape, float[] Labels, int[] Indices)>> ReadAll(DataLoader loader, int epoch)
    {
        var batches = new List<(float[], long[], float[], int[])>();
        await foreach (var b in loader.ReadEpochAsync(epoch))
        {
            using (b)
            {
                batches.Add(Copy(b));
            }
        }

        return batches;
    }

    // The pixels are cloned: the batch's buffer goes back to the loader's pool on dispose.
    private static (float[] Data, long[] Shape, float[] Labels, int[] Indices) Copy(TensorBatch b) => ((float[])b.Data.Clone(), b.Shape, b.Labels, b.Indices);

    private static void AssertSame(List<(float[] Data, long[] Shape, float[] Labels, int[] Indices)> a, List<(float[] Data, long[] Shape, float[] Labels, int[] Indices)> b)
    {
        Assert.Equal(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Shape, b[i].Shape);
            Assert.Equal(a[i].Indices, b[i].Indices);
            Assert.Equal(a[i].Labels, b[i].Labels);
            Assert.True(a[i].Data.AsSpan().SequenceEqual(b[i].Data), $"batch {i} differs");
        }
    }

    [Fact]
    public async Task Epochs_are_byte_identical_for_any_worker_and_prefetch_count()
    {
        using var f = DatasetFolder.ImageFolder(9);
        var ds = ImageDataset.Open(f.Root);
        var mixup = new TransformRegistry().AddBatchTransforms().Parse<ImageBatch>("mixup(alpha=0.4)");
        var baseline = new DataLoaderOptions { BatchSize = 5, Shuffle = true, Seed = 7, Workers = 1, Prefetch = 1, Mean = [.. TensorCollator.ImageNetMean], Std = [.. TensorCollator.ImageNetStd] };
        var expected = await ReadAll(new DataLoader(ds, Parse(Pipeline), baseline, mixup), 3);
        Assert.Equal(6, expected.Count);
        Assert.Equal([2L, 3, 20, 24], expected[^1].Shape);
        foreach (var (workers, prefetch) in new[] { (2, 1), (2, 4), (4, 4), (4, 1), (8, 2), (1, 4) })
        {
            var got = await ReadAll(new DataLoader(ds, Parse(Pipeline), baseline with { Workers = workers, Prefetch = prefetch }, mixup), 3);
            AssertSame(expected, got);
        }

        AssertSame(expected, await ReadAll(new DataLoader(ds, Parse(Pipeline), baseline with { Workers = 2, PersistentWorkers = false }, mixup), 3));
    }

    [Fact]
    public async Task Each_row_is_its_sample_augmented_alone_from_seed_epoch_and_index()
    {
        using var f = DatasetFolder.ImageFolder(4);
        var ds = ImageDataset.Open(f.Root);
        var options = new DataLoaderOptions { BatchSize = 4, Shuffle = true, Seed = 11, Workers = 3, Prefetch = 3 };
        var batches = await ReadAll(new DataLoader(ds, Parse(Pipeline), options), 2);
        var pipeline = Parse(Pipeline);
        var all = batches.SelectMany(b => b.Indices).ToArray();
        Assert.Equal(Enumerable.Range(0, 12), all.Order());
        Assert.NotEqual(Enumerable.Range(0, 12), all);
        foreach (var b in batches)
        {
            for (int r = 0; r < b.Indices.Length; r++)
            {
                int index = b.Indices[r];
                var alone = pipeline.Apply(ds.Load(index), new AugmentContext(Rng.ForSample(11, 2, index)));
                var one = TensorCollator.Collate(ImageBatch.FromSamples([alone], 3), [0f], [1f]);
                Assert.True(one.Data.AsSpan().SequenceEqual(b.Data.AsSpan(r * one.Data.Length, one.Data.Length)), $"row {r} (index {index})");
                Assert.Equal(ds.Load(index).Label, Array.IndexOf(b.Labels, 1f, r * 3, 3) - (r * 3));
            }
        }

        // Another epoch: another order and other augmentations.
        var next = await ReadAll(new DataLoader(ds, Parse(Pipeline), options), 3);
        Assert.NotEqual(all, next.SelectMany(b => b.Indices));
    }

    [Fact]
    public void Ranks_split_the_padded_order_as_distributed_sampler()
    {
        using var f = DatasetFolder.ImageFolder(3);
        var ds = ImageDataset.Open(f.Root);
        var options = new DataLoaderOptions { WorldSize = 4 };

        // torch.utils.data.DistributedSampler(range(9), num_replicas=4, rank=r, shuffle=False): padded [0..8, 0, 1, 2].
        int[][] torch = [[0, 4, 8], [1, 5, 0], [2, 6, 1], [3, 7, 2]];
        for (int r = 0; r < 4; r++)
        {
            Assert.Equal(torch[r], new DataLoader(ds, Parse("hflip"), options with { Rank = r }).EpochIndices(0));
        }
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(3, 4)]
    [InlineData(4, 5)]
    [InlineData(1, 5)]
    public async Task Ranks_of_a_world_are_disjoint_and_cover_every_index(int perClass, int world)
    {
        using var f = DatasetFolder.ImageFolder(perClass);
        var ds = ImageDataset.Open(f.Root);
        int n = ds.Count;
        var options = new DataLoaderOptions { BatchSize = 2, Shuffle = true, Seed = 5, WorldSize = world, Workers = 2 };
        var perRank = new List<int[]>();
        for (int r = 0; r < world; r++)
        {
            var batches = await ReadAll(new DataLoader(ds, Parse("center_crop(width=16, height=16)"), options with { Rank = r }), 1);
            perRank.Add(batches.SelectMany(b => b.Indices).ToArray());
        }

        int each = (n + world - 1) / world;
        Assert.All(perRank, p => Assert.Equal(each, p.Length));
        var order = new DataLoader(ds, Parse("hflip"), options with { WorldSize = 1 }).EpochIndices(1);

        // Interleaved back, the ranks give the epoch order followed by its first (world * each - n) entries again.
        var merged = Enumerable.Range(0, each * world).Select(k => perRank[k % world][k / world]).ToArray();
        Assert.Equal(order.Concat(order.Take((each * world) - n)), merged);
        Assert.Equal(Enumerable.Range(0, n), merged.Distinct().Order());
    }

    [Fact]
    public async Task Drop_last_drops_the_partial_batch()
    {
        using var f = DatasetFolder.ImageFolder(3);
        var ds = ImageDataset.Open(f.Root);
        var loader = new DataLoader(ds, Parse("center_crop(width=16, height=16)"), new DataLoaderOptions { BatchSize = 4, DropLast = true });
        Assert.Equal(2, loader.BatchesPerEpoch);
        Assert.Equal(2, (await ReadAll(loader, 0)).Count);
    }

    [Fact]
    public async Task Pixels_are_normalized_by_mean_and_std()
    {
        using var f = DatasetFolder.ImageFolder(1);
        var ds = ImageDataset.Open(f.Root, color: ColorMode.Gray);
        var plain = await ReadAll(new DataLoader(ds, Parse("center_crop(width=16, height=16)"), new DataLoaderOptions { BatchSize = 3 }), 0);
        var norm = await ReadAll(new DataLoader(ds, Parse("center_crop(width=16, height=16)"), new DataLoaderOptions { BatchSize = 3, Mean = [0.5f], Std = [0.25f] }), 0);
        Assert.Equal([3L, 1, 16, 16], plain[0].Shape);
        var center = (Image<byte>)Parse("center_crop(width=16, height=16)").Apply(ds.Load(0), new AugmentContext(new Rng(0))).Image;
        Assert.Equal(center.Pixels[0] / 255f, plain[0].Data[0], 6);
        for (int i = 0; i < plain[0].Data.Length; i++)
        {
            Assert.Equal((plain[0].Data[i] - 0.5f) / 0.25f, norm[0].Data[i], 4);
        }

        Assert.Throws<ArgumentException>(() => new DataLoader(ds, Parse("hflip"), new DataLoaderOptions { Mean = [0.1f, 0.2f, 0.3f] }));
    }

    [Fact]
    public async Task A_pipeline_that_keeps_file_sizes_gets_an_error_naming_the_fix()
    {
        using var f = DatasetFolder.ImageFolder(2);
        var ds = ImageDataset.Open(f.Root);
        var loader = new DataLoader(ds, Parse("hflip(p=0.5)"), new DataLoaderOptions { BatchSize = 6, Workers = 2 });
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAll(loader, 0));
        Assert.Contains("end the pipeline with resize, center_crop or random_resized_crop", e.Message, StringComparison.Ordinal);
        Assert.Contains(ds.PathOf(0), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_error_names_the_dataset_index_and_file()
    {
        using var f = DatasetFolder.ImageFolder(4);
        var ds0 = ImageDataset.Open(f.Root);
        File.WriteAllBytes(ds0.PathOf(7), [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var ds = ImageDataset.Open(f.Root);
        foreach (int workers in new[] { 1, 4 })
        {
            var loader = new DataLoader(ds, Parse("center_crop(width=16, height=16)"), new DataLoaderOptions { BatchSize = 2, Workers = workers, Prefetch = 4 });
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAll(loader, 0));
            Assert.Contains("dataset index 7", e.Message, StringComparison.Ordinal);
            Assert.Contains(ds.PathOf(7), e.Message, StringComparison.Ordinal);
            Assert.IsType<InvalidDataException>(e.InnerException);
        }
    }

    [Fact]
    public async Task Cancelling_stops_the_workers_after_the_sample_each_is_on()
    {
        using var f = DatasetFolder.ImageFolder(20);
        var ds = ImageDataset.Open(f.Root);
        int seen = 0;
        using var cts = new CancellationTokenSource();
        var pipeline = new Probe(Parse("center_crop(width=16, height=16)"), _ => Interlocked.Increment(ref seen));
        var loader = new DataLoader(ds, pipeline, new DataLoaderOptions { BatchSize = 4, Workers = 4, Prefetch = 8 });
        int read = 0;
        var run = Task.Run(async () =>
        {
            await foreach (var b in loader.ReadEpochAsync(0, cts.Token))
            {
                b.Dispose();
                if (++read == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });

        // A hang guard, not a timing claim: the enumeration must end with a cancellation.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(60)));
        int atStop = Volatile.Read(ref seen);
        await Task.Delay(200);
        Assert.Equal(atStop, Volatile.Read(ref seen));
        Assert.True(atStop < ds.Count, $"{atStop} of {ds.Count} samples were built after cancelling at batch 2");
    }

    [Fact]
    public async Task Workers_stay_within_prefetch_batches_of_the_consumer_and_reuse_buffers()
    {
        using var f = DatasetFolder.ImageFolder(10);
        var ds = ImageDataset.Open(f.Root);
        int seen = 0;
        var pipeline = new Probe(Parse("center_crop(width=16, height=16)"), _ => Interlocked.Increment(ref seen));
        var loader = new DataLoader(ds, pipeline, new DataLoaderOptions { BatchSize = 3, Workers = 4, Prefetch = 2 });
        var arrays = new HashSet<float[]>(ReferenceEqualityComparer.Instance);
        int read = 0;
        await foreach (var b in loader.ReadEpochAsync(0))
        {
            arrays.Add(b.Data);
            read++;
            if (read == 1)
            {
                // Holding batch 0: the workers may build batches 1 and 2 (Prefetch = 2 ahead of the one handed out), no more.
                while (Volatile.Read(ref seen) < 9)
                {
                    await Task.Delay(10);
                }

                await Task.Delay(300);
                Assert.Equal(9, Volatile.Read(ref seen));
            }

            b.Dispose();
        }

        Assert.Equal(10, read);
        Assert.True(arrays.Count <= 4, $"{arrays.Count} pixel buffers for 10 batches");
    }

    [Fact]
    public async Task Rows_carry_boxes_and_masks()
    {
        using var f = new DatasetFolder();
        f.Image("images/a.png", 40, 20, 3, 1);
        f.Text("labels/a.txt", "0 0.25 0.5 0.5 0.5\n");
        f.Image("images/b.png", 40, 20, 3, 2);
        f.Text("labels/b.txt", "");
        var ds = ImageDataset.Open(f.Root);
        await foreach (var b in new DataLoader(ds, Parse("hflip(p=1) | resize(width=20, height=10)"), new DataLoaderOptions { BatchSize = 2 }).ReadEpochAsync(0))
        {
            Assert.Empty(b.Labels);
            Assert.Equal([2L, 0], b.LabelShape);
            Assert.Equal(new BoundingBox(10, 2.5f, 20, 7.5f, 0), Assert.Single(b.Boxes[0]));
            Assert.Empty(b.Boxes[1]);
        }

        using var s = new DatasetFolder();
        var mask = new Image<byte>(8, 6, 1);
        mask[0, 0, 0] = 1;
        s.Image("images/m.png", 8, 6, 3, 3);
        Directory.CreateDirectory(s["masks"]);
        File.WriteAllBytes(s["masks/m.png"], SharpAugment.Imaging.Skia.ImageCodec.EncodePng(mask));
        var seg = ImageDataset.Open(s.Root);
        Assert.Equal("segmentation", seg.Layout.Name);
        await foreach (var b in new DataLoader(seg, Parse("hflip(p=1)"), new DataLoaderOptions()).ReadEpochAsync(0))
        {
            var m = Assert.Single(b.Masks[0]);
            Assert.Equal(1, m[7, 0, 0]);
            Assert.Equal(0, m[0, 0, 0]);
        }
    }

    [Fact]
    public void Options_out_of_range_name_the_option()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DataLoaderOptions { Rank = 3, WorldSize = 3 }.Validate());
        Assert.Contains("Rank", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataLoaderOptions { Prefetch = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataLoaderOptions { Std = [0f] }.Validate());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Persistent_workers_build_every_epoch_on_the_same_threads(bool persistent)
    {
        using var f = DatasetFolder.ImageFolder(4);
        var ds = ImageDataset.Open(f.Root);
        var threads = new HashSet<Thread>(ReferenceEqualityComparer.Instance);
        var pipeline = new Probe(Parse("center_crop(width=16, height=16)"), _ =>
        {
            lock (threads)
            {
                threads.Add(Thread.CurrentThread);
            }
        });
        var loader = new DataLoader(ds, pipeline, new DataLoaderOptions { BatchSize = 2, Workers = 2, Prefetch = 2, PersistentWorkers = persistent });
        for (int epoch = 0; epoch < 4; epoch++)
        {
            await ReadAll(loader, epoch);
        }

        if (persistent)
        {
            Assert.InRange(threads.Count, 1, 2);
            Assert.All(threads, t => Assert.StartsWith("SharpAugment DataLoader worker ", t.Name, StringComparison.Ordinal));
        }
        else
        {
            Assert.True(threads.Count > 2, $"{threads.Count} threads for 4 epochs of 2 workers");
        }
    }

    [Fact]
    public async Task Two_epochs_read_at_once_from_one_loader_neither_wait_on_the_other()
    {
        using var f = DatasetFolder.ImageFolder(6);
        var ds = ImageDataset.Open(f.Root);
        var options = new DataLoaderOptions { BatchSize = 2, Shuffle = true, Seed = 3, Workers = 2, Prefetch = 1 };
        var first = await ReadAll(new DataLoader(ds, Parse(Pipeline), options), 0);
        var second = await ReadAll(new DataLoader(ds, Parse(Pipeline), options), 1);

        // Epoch 0 is held after its first batch (its workers wait on the prefetch window) while epoch 1 is read whole, as
        // two ML.NET cursors open at once do: epoch 1 must get threads of its own, not queue behind epoch 0's.
        var loader = new DataLoader(ds, Parse(Pipeline), options);
        var held = new List<(float[] Data, long[] Shape, float[] Labels, int[] Indices)>();
        await using var epoch0 = loader.ReadEpochAsync(0).GetAsyncEnumerator();
        Assert.True(await epoch0.MoveNextAsync());
        using (epoch0.Current)
        {
            held.Add(Copy(epoch0.Current));
        }

        var whole = await Task.Run(() => ReadAll(loader, 1)).WaitAsync(TimeSpan.FromSeconds(60));
        while (await epoch0.MoveNextAsync())
        {
            using (epoch0.Current)
            {
                held.Add(Copy(epoch0.Current));
            }
        }

        AssertSame(first, held);
        AssertSame(second, whole);
    }
}
