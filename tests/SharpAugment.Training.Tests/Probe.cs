using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Training.Tests;

/// <summary>A test transform that runs a callback on every sample it sees (counting, failing), then the inner pipeline.</summary>
internal sealed class Probe(ITransform<Sample> inner, Action<Sample> onApply) : ITransform<Sample>
{
    public string Name => "probe";

    public TransformOptions Options { get; } = new ProbeOptions();

    public TransformSpec ToSpec() => new("probe");

    public Sample Apply(Sample input, AugmentContext context)
    {
        onApply(input);
        return inner.Apply(input, context);
    }

    private sealed record ProbeOptions : TransformOptions;
}
