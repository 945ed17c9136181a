using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Shifts the waveform in time with rollover (np.roll) or zero fill, with short linear fades at the seam.</summary>
public sealed class Shift(ShiftOptions options) : SampledTransform<AudioClip, ShiftOptions, ScalarParams>("shift", options)
{
    /// <inheritdoc/>
    public override ScalarParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(input);
        double amount = Options.Shift.Sample(rng);
        double samples = Options.Unit switch
        {
            ShiftUnit.Fraction => amount * input.Length,
            ShiftUnit.Seconds => amount * input.SampleRate,
            _ => amount,
        };
        return new ScalarParams(Math.Round(samples));
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, ScalarParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        int n = input.Length;
        int shift = (int)Math.Clamp(parameters.Value, -n, n);
        var result = new float[input.Samples.Length];
        for (int c = 0; c < input.Channels; c++)
        {
            var src = input.Channel(c);
            var dst = result.AsSpan(c * n, n);
            int k = n == 0 ? 0 : ((shift % n) + n) % n;
            src[..(n - k)].CopyTo(dst[k..]);
            src[(n - k)..].CopyTo(dst[..k]);
            if (!Options.Rollover)
            {
                if (shift > 0)
                {
                    dst[..shift].Clear();
                }
                else if (shift < 0)
                {
                    dst[(n + shift)..].Clear();
                }
            }
        }

        int fade = (int)(input.SampleRate * Options.FadeDuration);
        if (fade > 0 && shift != 0 && n > 0)
        {
            var fadeIn = new float[fade];
            var fadeOut = new float[fade];
            WaveformKernels.Linspace(fadeIn, 0, 1);
            WaveformKernels.Linspace(fadeOut, 1, 0);
            int seam = shift > 0 ? shift : n + shift;
            bool fadeInSide = shift > 0 || Options.Rollover;
            bool fadeOutSide = shift < 0 || Options.Rollover;
            if (fadeInSide)
            {
                WaveformKernels.ApplyRamp(input, result, seam, Math.Min(seam + fade, n) - seam, fadeIn, fromEnd: false);
            }

            if (fadeOutSide)
            {
                int start = Math.Max(seam - fade, 0);
                WaveformKernels.ApplyRamp(input, result, start, seam - start, fadeOut, fromEnd: true);
            }
        }

        return input.WithSamples(result);
    }
}
