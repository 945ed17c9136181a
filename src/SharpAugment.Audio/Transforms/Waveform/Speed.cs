using SharpAugment.Transforms;
using SharpAugment.Audio.Dsp;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Speed perturbation: resamples from rate * factor to rate and keeps the nominal rate, so duration scales by 1 / factor and pitch by factor.</summary>
public sealed class Speed(SpeedOptions options) : SampledTransform<AudioClip, SpeedOptions, ScalarParams>("speed", options)
{
    /// <inheritdoc/>
    public override ScalarParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return new ScalarParams(Options.Factors[rng.Next(Options.Factors.Length)]);
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, ScalarParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        int source = (int)(parameters.Value * input.SampleRate);
        return SincResampler.Resample(input, source, input.SampleRate, input.SampleRate);
    }
}
