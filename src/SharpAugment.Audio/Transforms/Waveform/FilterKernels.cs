using SharpAugment.Audio.Dsp;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Sampling and application shared by the Butterworth filter transforms (audiomentations' BaseButterworthFilter).</summary>
public static class FilterKernels
{
    /// <summary>Checks a roll-off range: multiples of 6 dB/octave (12 when zero-phase, which doubles the slope), at least one step.</summary>
    public static void ValidateRolloff(string transform, IntRange rolloff, bool zeroPhase)
    {
        int step = zeroPhase ? 12 : 6;
        if (rolloff.Lo < step || rolloff.Lo % step != 0 || rolloff.Hi % step != 0 || rolloff.Lo > rolloff.Hi)
        {
            throw new TransformParameterException(transform, "rolloff", rolloff.ToString(), $"multiples of {step} dB/octave, >= {step}, lo <= hi");
        }
    }

    /// <summary>Draws the order: a whole number of 6 dB (12 dB zero-phase) steps between the roll-off bounds.</summary>
    public static int DrawOrder(Rng rng, IntRange rolloff, bool zeroPhase)
    {
        ArgumentNullException.ThrowIfNull(rng);
        int step = zeroPhase ? 12 : 6;
        return rng.Next(rolloff.Lo / step, (rolloff.Hi / step) + 1);
    }

    /// <summary>Draws a frequency uniformly on the mel scale between the range's ends.</summary>
    public static double DrawMelUniform(Rng rng, FloatRange hz)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return WaveformKernels.MelToHz(rng.Uniform(WaveformKernels.HzToMel(hz.Lo), WaveformKernels.HzToMel(hz.Hi)));
    }

    /// <summary>Filters every channel: a high-pass at LowHz and/or a low-pass at HighHz, corners clamped below Nyquist as audiomentations does.</summary>
    public static AudioClip Apply(AudioClip clip, FilterParams parameters, bool zeroPhase)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(parameters);
        double nyquist = clip.SampleRate / 2;
        var sections = new List<Biquad>();
        if (parameters.LowHz > 0)
        {
            sections.AddRange(Butterworth.Design(parameters.Order, Math.Min(parameters.LowHz, nyquist * 0.9999), clip.SampleRate, highPass: true));
        }

        if (parameters.HighHz > 0)
        {
            sections.AddRange(Butterworth.Design(parameters.Order, Math.Min(parameters.HighHz, nyquist * 0.9999), clip.SampleRate, highPass: false));
        }

        var result = (float[])clip.Samples.Clone();
        var sos = sections.ToArray();
        for (int c = 0; c < clip.Channels; c++)
        {
            var s = result.AsSpan(c * clip.Length, clip.Length);
            if (zeroPhase)
            {
                Butterworth.FilterZeroPhase(sos, s);
            }
            else
            {
                Butterworth.Filter(sos, s);
            }
        }

        return clip.WithSamples(result);
    }
}
