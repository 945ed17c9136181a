using System.Globalization;

namespace SharpAugment.Pipelines;

/// <summary>What one augmentation call may cost: the largest canvas a transform may make (the same number the decoders refuse files over) and an optional time budget, so a parameter can never hang the process or exhaust memory.</summary>
public sealed record ResourceLimits
{
    /// <summary>The default pixel limit (100 megapixels), shared by the decoders and every transform that makes a new canvas.</summary>
    public const long DefaultMaxPixels = 100_000_000;

    private readonly long _maxPixels = DefaultMaxPixels;
    private readonly TimeSpan? _timeBudget;

    /// <summary>The default limits: 100 megapixels, no time budget.</summary>
    public static ResourceLimits Default { get; } = new();

    /// <summary>The most pixels (width times height) an output image may have.</summary>
    public long MaxPixels
    {
        get => _maxPixels;
        init => _maxPixels = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxPixels must be at least 1.");
    }

    /// <summary>How long one call may run before it is cancelled, or null for no budget; <see cref="StartBudget"/> turns it into a token.</summary>
    public TimeSpan? TimeBudget
    {
        get => _timeBudget;
        init => _timeBudget = value is null || value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "TimeBudget must be positive.");
    }

    /// <summary>A token source that cancels after <see cref="TimeBudget"/> (or when <paramref name="outer"/> is cancelled); the caller disposes it once the call is done.</summary>
    public CancellationTokenSource StartBudget(CancellationToken outer = default)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        if (TimeBudget is { } budget)
        {
            source.CancelAfter(budget);
        }

        return source;
    }

    /// <summary>Refuses an output of <paramref name="width"/> x <paramref name="height"/> over <see cref="MaxPixels"/> (or not a number, or a side over int.MaxValue) before anything is allocated.</summary>
    /// <param name="transform">The registered transform name.</param>
    /// <param name="parameter">The parameter that set the size.</param>
    /// <param name="width">The output width the parameters give.</param>
    /// <param name="height">The output height the parameters give.</param>
    /// <exception cref="OutputSizeException">The output would be over the limit.</exception>
    public void CheckOutput(string transform, string parameter, double width, double height)
    {
        double pixels = width * height;
        if (double.IsNaN(pixels) || pixels > MaxPixels || width > int.MaxValue || height > int.MaxValue)
        {
            throw new OutputSizeException(transform, parameter, width, height, MaxPixels);
        }
    }

    /// <summary>The limit as the CLI and messages write it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"max {MaxPixels} pixels") + (TimeBudget is { } t ? $", {t.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s" : string.Empty);
}
