using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>speed</c> (torchaudio SpeedPerturbation, Kaldi's 3-way speed perturbation by default).</summary>
public sealed record SpeedOptions : TransformOptions
{
    /// <summary>The speed factors, one chosen uniformly.</summary>
    [Param("speed factors, one chosen uniformly (> 1: faster and higher)", Min = 0.1, Max = 10)]
    public double[] Factors { get; init; } = [0.9, 1.0, 1.1];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Factors is null || Factors.Length == 0)
        {
            throw new TransformParameterException(transform, "factors", "[]", "a non-empty list of numbers in [0.1, 10]");
        }
    }
}
