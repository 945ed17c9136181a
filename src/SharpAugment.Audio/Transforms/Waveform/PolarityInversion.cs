using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Flips the sign of every sample (inaudible alone, changes phase relations when mixed).</summary>
public sealed class PolarityInversion(PolarityInversionOptions options) : SampledTransform<AudioClip, PolarityInversionOptions, NoParams>("polarity_inversion", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(AudioClip input, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, NoParams parameters) => WaveformKernels.Scale(input, -1f);
}
