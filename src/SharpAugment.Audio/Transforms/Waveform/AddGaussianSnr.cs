using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Adds white Gaussian noise whose RMS sits snr_db below the clip's RMS (taken over all channels).</summary>
public sealed class AddGaussianSnr(AddGaussianSnrOptions options) : SampledTransform<AudioClip, AddGaussianSnrOptions, NoiseParams>("add_gaussian_snr", options)
{
    /// <inheritdoc/>
    public override NoiseParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double snr = Options.SnrDb.Sample(rng);
        return new NoiseParams(snr, rng.NextUInt64());
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, NoiseParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        double std = Dsp.Levels.NoiseRmsForSnr(Dsp.Levels.Rms(input.Samples), parameters.Level);
        return WaveformKernels.AddNoise(input, std, parameters.Seed);
    }
}
