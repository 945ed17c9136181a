using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>The state of one augmentation call: the sample's random stream, an optional tape that records or replays every sampled parameter, and what the call may cost (pixel limit, cancellation).</summary>
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

    /// <summary>The largest canvas a transform may make in this call (checked before allocating); <see cref="ResourceLimits.Default"/> unless set.</summary>
    public ResourceLimits Limits
    {
        get => _limits;
        init => _limits = value ?? throw new ArgumentNullException(nameof(value));
    }

    private readonly ResourceLimits _limits = ResourceLimits.Default;

    /// <summary>Stops the call: checked before every transform and per row or chunk in the long loops (warps, blurs, elastic, policies), which then throw <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>A context on another stream (a view or an op inside a policy) that keeps these limits and this token and records nothing.</summary>
    public AugmentContext WithRng(Rng rng) => new(rng) { Limits = Limits, CancellationToken = CancellationToken };

    /// <summary>Where sampled parameters are recorded, or null.</summary>
    public IList<SampledStep>? Record { get; }

    /// <summary>Whether parameters come from a tape instead of the stream.</summary>
    public bool IsReplaying => _replay is not null;

    /// <summary>Samples one step's parameters through <paramref name="sampler"/>, or takes them from the replay tape (a tape read from JSON gives back the record type the transform draws); records them when recording.</summary>
    /// <typeparam name="TParams">The parameters record the transform draws.</typeparam>
    /// <param name="transform">The transform that samples, checked against the tape on replay.</param>
    /// <param name="sampler">Draws the parameters; returns null when the transform is skipped.</param>
    public TParams? Draw<TParams>(ITransform transform, Func<Rng, TParams?> sampler)
        where TParams : class
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

            return step.Parameters switch
            {
                null => null,
                TParams p => p,
                RecordedParams r => r.Read<TParams>(transform.Name),
                var other => throw new InvalidOperationException(
                    $"Replay tape has {other.GetType().Name} for {transform.Name}, which draws {typeof(TParams).Name}."),
            };
        }

        var drawn = sampler(Rng);
        Record?.Add(new SampledStep(transform.Name, drawn));
        return drawn;
    }
}
