using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Clips the waveform at the (p / 2)-th and (100 - p / 2)-th percentiles of its samples (numpy's linear percentile over all channels).</summary>
public sealed class ClippingDistortion(ClippingDistortionOptions options) : SampledTransform<AudioClip, ClippingDistortionOptions, ScalarParams>("clipping_distortion", options)
{
    /// <inheritdoc/>
    public override ScalarParams SampleParams(AudioClip input, Rng rng) => new(Options.PercentileThreshold.Sample(rng));

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, ScalarParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        if (input.Samples.Length == 0)
        {
            return input.Clone();
        }

        var sorted = (float[])input.Samples.Clone();
        Array.Sort(sorted);
        int lowerPercentile = (int)(parameters.Value / 2);
        float lo = Percentile(sorted, lowerPercentile), hi = Percentile(sorted, 100 - lowerPercentile);
        var result = new float[sorted.Length];
        System.Numerics.Tensors.TensorPrimitives.Clamp(input.Samples, lo, hi, result);
        return input.WithSamples(result);
    }

    /// <summary>numpy.percentile with linear interpolation on sorted data.</summary>
    internal static float Percentile(ReadOnlySpan<float> sorted, double q)
    {
        double pos = q / 100.0 * (sorted.Length - 1);
        int i = (int)Math.Floor(pos);
        int j = Math.Min(i + 1, sorted.Length - 1);
        return (float)(sorted[i] + ((sorted[j] - sorted[i]) * (pos - i)));
    }
}
