namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>The settings of a data-set augmentation run.</summary>
public sealed record DatasetAugmentOptions
{
    /// <summary>Augmented copies written per input.</summary>
    public int Copies { get; init; } = 1;

    /// <summary>The seed; with the inputs and the pipeline it fixes every output byte.</summary>
    public ulong Seed { get; init; }

    /// <summary>Inputs processed in parallel (outputs do not depend on it).</summary>
    public int Threads { get; init; } = 1;

    /// <summary>How images are encoded.</summary>
    public ImageOutputOptions Output { get; init; } = new();

    /// <summary>Whether each input is also copied unchanged (with its labels) to the destination.</summary>
    public bool IncludeOriginals { get; init; }

    /// <summary>Whether outputs already complete (file present and manifest line written) are kept instead of redone.</summary>
    public bool Resume { get; init; }

    /// <summary>This run's share of the inputs: those whose position in the sorted input list is ShardIndex modulo <see cref="ShardCount"/>.</summary>
    public int ShardIndex { get; init; }

    /// <summary>How many runs (machines, array tasks) share the inputs; 1 processes them all.</summary>
    public int ShardCount { get; init; } = 1;

    /// <summary>Inputs, and transform outputs, larger than this many pixels are refused before they are allocated.</summary>
    public long MaxPixels { get; init; } = ImageCodec.DefaultMaxPixels;

    /// <summary>How long one augmented copy may take; a copy over it is stopped and listed as a failure, and the run goes on. Null: no limit.</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>Checks the ranges, naming the command-line option.</summary>
    public void Validate()
    {
        if (Copies is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Copies), Copies, "augment: --copies must be 1 to 100000.");
        }

        if (Threads is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "augment: --threads must be 1 to 1024.");
        }

        if (Output.Quality is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Output), Output.Quality, "augment: --quality must be 1 to 100.");
        }

        if (Output.PngLevel is < 0 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(Output), Output.PngLevel, "augment: --png-level must be 0 to 9.");
        }

        if (ShardCount is < 1 or > 1_000_000 || ShardIndex < 0 || ShardIndex >= ShardCount)
        {
            throw new ArgumentOutOfRangeException(nameof(ShardIndex), $"{ShardIndex}/{ShardCount}", "augment: --shard i/n needs n from 1 to 1000000 and i from 0 to n - 1.");
        }

        if (MaxPixels < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPixels), MaxPixels, "augment: --max-pixels must be at least 1.");
        }

        if (TimeBudget is { } t && t <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeBudget), t, "augment: --time-limit must be positive.");
        }
    }
}
