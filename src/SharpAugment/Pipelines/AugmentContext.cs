using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>The state of one augmentation call: the sample's random stream and an optional tape that records or replays every sampled parameter.</summary>
public sealed class AugmentContext
{
    private readonly IReadOnlyList<SampledStep>? _replay;
    private int _replayPosition;

    /// <summary>A context that draws from <paramref name="rng"/>, optionally recording what it draws into <paramref name="record"/>.</summary>
    public AugmentContext(Rng rng, IList<SampledStep>? record = null)
    {
        Rng = rng ?? throw new ArgumentNullException(nameof(rng));
        Record = record;
    }

    private AugmentContext(IReadOnlyList<SampledStep> replay)
    {
        Rng = new Rng(0);
        _replay = replay;
    }

    /// <summary>A context that draws nothing and hands back recorded parameters in order, so a second sample gets the same augmentation.</summary>
    public static AugmentContext ForReplay(IReadOnlyList<SampledStep> tape) => new(tape ?? throw new ArgumentNullException(nameof(tape)));

    /// <summary>The random stream.</summary>
    public Rng Rng { get; }

    /// <summary>Where sampled parameters are recorded, or null.</summary>
    public IList<SampledStep>? Record { get; }

    /// <summary>Whether parameters come from a tape instead of the stream.</summary>
    public bool IsReplaying => _replay is not null;

    /// <summary>Samples one step's parameters through <paramref name="sampler"/>, or takes them from the replay tape; records them when recording.</summary>
    /// <param name="transform">The transform that samples, checked against the tape on replay.</param>
    /// <param name="sampler">Draws the parameters; returns null when the transform is skipped.</param>
    public object? Draw(ITransform transform, Func<Rng, object?> sampler)
    {
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(sampler);
        if (_replay is not null)
        {
            if (_replayPosition >= _replay.Count)
            {
                throw new InvalidOperationException($"Replay tape exhausted at {transform.Name}: the pipeline differs from the recorded one.");
            }

            var step = _replay[_replayPosition++];
            if (step.Transform != transform.Name)
            {
                throw new InvalidOperationException($"Replay tape has {step.Transform} where the pipeline has {transform.Name}.");
            }

            return step.Parameters;
        }

        var drawn = sampler(Rng);
        Record?.Add(new SampledStep(transform.Name, drawn));
        return drawn;
    }
}
