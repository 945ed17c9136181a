using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Removes content below the cutoff with a Butterworth filter of the drawn order.</summary>
public sealed class HighPassFilter(HighPassFilterOptions options) : SampledTransform<AudioClip, HighPassFilterOptions, FilterParams>("high_pass_filter", options)
{
    /// <inheritdoc/>
    public override FilterParams SampleParams(AudioClip input, Rng rng)
    {
        int order = FilterKernels.DrawOrder(rng, Options.Rolloff, Options.ZeroPhase);
        double cutoff = FilterKernels.DrawMelUniform(rng, Options.CutoffFreq);
        return new FilterParams(LowHz: cutoff, HighHz: 0, Order: order);
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, FilterParams parameters) => FilterKernels.Apply(input, parameters, Options.ZeroPhase);
}
