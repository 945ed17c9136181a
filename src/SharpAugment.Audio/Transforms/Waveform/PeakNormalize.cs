using System.Numerics.Tensors;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Peak normalisation: divides by the largest absolute sample over all channels so the peak is 1; silence is left alone.</summary>
public sealed class PeakNormalize(PeakNormalizeOptions options) : SampledTransform<AudioClip, PeakNormalizeOptions, NoParams>("peak_normalize", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(AudioClip input, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        float peak = input.Samples.Length == 0 ? 0f : TensorPrimitives.MaxMagnitude(input.Samples);
        peak = Math.Abs(peak);
        if (!(peak > 0))
        {
            return input.Clone();
        }

        // Divide, as audiomentations' samples / max_amplitude: multiplying by 1 / peak is off by one ulp on some samples.
        var result = new float[input.Samples.Length];
        TensorPrimitives.Divide(input.Samples, peak, result);
        return input.WithSamples(result);
    }
}
