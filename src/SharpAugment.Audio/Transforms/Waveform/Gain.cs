using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Multiplies the waveform by 10^(dB / 20); written back to integer PCM it rounds to the nearest sample value.</summary>
public sealed class Gain(GainOptions options) : SampledTransform<AudioClip, GainOptions, ScalarParams>("gain", options)
{
    /// <inheritdoc/>
    public override ScalarParams SampleParams(AudioClip input, Rng rng) => new(Options.Db.Sample(rng));

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, ScalarParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return WaveformKernels.Scale(input, (float)Dsp.Levels.DbToAmplitude(parameters.Value));
    }
}
