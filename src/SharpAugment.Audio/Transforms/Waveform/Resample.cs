using SharpAugment.Transforms;
using SharpAugment.Audio.Dsp;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Resamples to a new sample rate with a band-limited sinc kernel (torchaudio's); the clip's rate changes with it.</summary>
public sealed class Resample(ResampleOptions options) : SampledTransform<AudioClip, ResampleOptions, ScalarParams>("resample", options)
{
    /// <inheritdoc/>
    public override ScalarParams SampleParams(AudioClip input, Rng rng) => new(Options.SampleRate.Sample(rng));

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, ScalarParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SincResampler.Resample(input, (int)parameters.Value);
    }
}
