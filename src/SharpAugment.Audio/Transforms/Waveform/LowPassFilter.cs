using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Removes content above the cutoff with a Butterworth filter of the drawn order.</summary>
public sealed class LowPassFilter(LowPassFilterOptions options) : SampledTransform<AudioClip, LowPassFilterOptions, FilterParams>("low_pass_filter", options)
{
    /// <inheritdoc/>
    public override FilterParams SampleParams(AudioClip input, Rng rng)
    {
        int order = FilterKernels.DrawOrder(rng, Options.Rolloff, Options.ZeroPhase);
        double cutoff = FilterKernels.DrawMelUniform(rng, Options.CutoffFreq);
        return new FilterParams(HighHz: cutoff, LowHz: 0, Order: order);
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, FilterParams parameters) => FilterKernels.Apply(input, parameters, Options.ZeroPhase);
}
