using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Keeps a band around a centre frequency: a Butterworth high-pass at the lower corner cascaded with a low-pass at the upper one.</summary>
public sealed class BandPassFilter(BandPassFilterOptions options) : SampledTransform<AudioClip, BandPassFilterOptions, FilterParams>("band_pass_filter", options)
{
    /// <inheritdoc/>
    public override FilterParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        int order = FilterKernels.DrawOrder(rng, Options.Rolloff, Options.ZeroPhase);
        double center = FilterKernels.DrawMelUniform(rng, Options.CenterFreq);
        double bandwidth = center * Options.BandwidthFraction.Sample(rng);
        return new FilterParams(center - (bandwidth / 2), center + (bandwidth / 2), order);
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, FilterParams parameters) => FilterKernels.Apply(input, parameters, Options.ZeroPhase);
}
