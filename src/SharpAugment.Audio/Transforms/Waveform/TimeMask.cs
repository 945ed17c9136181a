using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Silences a random run of samples on every channel, with linear fades at its edges.</summary>
public sealed class TimeMask(TimeMaskOptions options) : SampledTransform<AudioClip, TimeMaskOptions, RegionParams>("time_mask", options)
{
    /// <inheritdoc/>
    public override RegionParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rng);
        int n = input.Length;
        int lo = (int)(n * Options.BandPart.Lo), hi = (int)(n * Options.BandPart.Hi);
        int t = rng.Next(lo, hi + 1);
        int t0 = rng.Next(0, n - t + 1);
        return new RegionParams(t0, t);
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, RegionParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var result = (float[])input.Samples.Clone();
        int t = parameters.Length;
        var mask = new float[t];
        int fade = Math.Min((int)(input.SampleRate * Options.FadeDuration), t / 2);
        if (fade >= 2)
        {
            WaveformKernels.Linspace(mask.AsSpan(0, fade), 1, 0);
            WaveformKernels.Linspace(mask.AsSpan(t - fade, fade), 0, 1);
        }

        WaveformKernels.ApplyRamp(input, result, parameters.Start, t, mask, fromEnd: false);
        return input.WithSamples(result);
    }
}
