namespace SharpAugment.Training;

/// <summary>The settings of a <see cref="DataLoader"/>, named as torch's DataLoader and DistributedSampler; none of them but BatchSize, Shuffle, Seed, DropLast, Rank, WorldSize, Mean and Std changes a batch's bytes.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>Samples per batch.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Whether each epoch visits the samples in a seeded random order (a permutation of (Seed, epoch)); otherwise in index order.</summary>
    public bool Shuffle { get; init; }

    /// <summary>The seed of the order and of every augmentation: sample i of epoch e draws from <c>Rng.ForSample(Seed, e, i)</c>.</summary>
    public ulong Seed { get; init; }

    /// <summary>Threads that build batches; the batches do not depend on it.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>The most batches built or waiting ahead of the consumer (this bounds memory); give at least <see cref="Workers"/> for every worker to stay busy.</summary>
    public int Prefetch { get; init; } = 2;

    /// <summary>Whether worker threads outlive an epoch (as torch's persistent_workers), keeping their recycled pixel buffers warm for the next; an idle one ends after 30 s. Off: new threads every epoch.</summary>
    public bool PersistentWorkers { get; init; } = true;

    /// <summary>Whether the last batch is dropped when it has fewer than <see cref="BatchSize"/> samples.</summary>
    public bool DropLast { get; init; }

    /// <summary>This process's rank among <see cref="WorldSize"/>; it reads every WorldSize-th index of the padded epoch order, as torch's DistributedSampler.</summary>
    public int Rank { get; init; }

    /// <summary>The number of processes sharing each epoch (1: no sharding).</summary>
    public int WorldSize { get; init; } = 1;

    /// <summary>Channel means subtracted after scaling pixels to [0, 1]: one value or one per channel (default 0).</summary>
    public IReadOnlyList<float> Mean { get; init; } = [0f];

    /// <summary>Channel standard deviations divided by after the mean: one value or one per channel (default 1).</summary>
    public IReadOnlyList<float> Std { get; init; } = [1f];

    /// <summary>Checks every range, naming the option and the allowed values.</summary>
    public void Validate()
    {
        Check(BatchSize >= 1, nameof(BatchSize), BatchSize, "at least 1");
        Check(Workers is >= 1 and <= 256, nameof(Workers), Workers, "1 to 256");
        Check(Prefetch is >= 1 and <= 4096, nameof(Prefetch), Prefetch, "1 to 4096");
        Check(WorldSize >= 1, nameof(WorldSize), WorldSize, "at least 1");
        Check(Rank >= 0 && Rank < WorldSize, nameof(Rank), Rank, $"0 to WorldSize - 1 ({WorldSize - 1})");
        ArgumentNullException.ThrowIfNull(Mean);
        ArgumentNullException.ThrowIfNull(Std);
        Check(Mean.Count >= 1 && Mean.All(float.IsFinite), nameof(Mean), Mean.Count, "one or more finite values");
        Check(Std.Count >= 1 && Std.All(s => float.IsFinite(s) && s > 0), nameof(Std), Std.Count, "one or more positive finite values");
    }

    private static void Check(bool ok, string name, object value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"DataLoaderOptions: {name} is {value}; allowed {allowed}.");
        }
    }
}
