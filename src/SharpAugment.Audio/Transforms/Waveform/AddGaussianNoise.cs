using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Adds white Gaussian noise: x + amplitude * N(0, 1).</summary>
public sealed class AddGaussianNoise(AddGaussianNoiseOptions options) : SampledTransform<AudioClip, AddGaussianNoiseOptions, NoiseParams>("add_gaussian_noise", options)
{
    /// <inheritdoc/>
    public override NoiseParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double amplitude = Options.Amplitude.Sample(rng);
        return new NoiseParams(amplitude, rng.NextUInt64());
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, NoiseParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return WaveformKernels.AddNoise(input, parameters.Level, parameters.Seed);
    }
}
