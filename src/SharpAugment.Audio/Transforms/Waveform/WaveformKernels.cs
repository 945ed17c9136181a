using System.Numerics.Tensors;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Small waveform operations shared by several transforms.</summary>
public static class WaveformKernels
{
    /// <summary>A copy of the clip scaled by <paramref name="factor"/>.</summary>
    public static AudioClip Scale(AudioClip clip, float factor)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var result = new float[clip.Samples.Length];
        TensorPrimitives.Multiply(clip.Samples, factor, result);
        return clip.WithSamples(result);
    }

    /// <summary>Adds Gaussian noise of standard deviation <paramref name="std"/> from a stream seeded with <paramref name="seed"/>, the same std on every channel.</summary>
    public static AudioClip AddNoise(AudioClip clip, double std, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var rng = new Rng(seed);
        var src = clip.Samples;
        var result = new float[src.Length];
        for (int i = 0; i < src.Length; i++)
        {
            result[i] = (float)(src[i] + rng.Normal(0, std));
        }

        return clip.WithSamples(result);
    }

    /// <summary>Fills <paramref name="ramp"/> with numpy.linspace(from, to, n).</summary>
    public static void Linspace(Span<float> ramp, double from, double to)
    {
        int n = ramp.Length;
        for (int i = 0; i < n; i++)
        {
            ramp[i] = (float)(n == 1 ? from : from + ((to - from) * i / (n - 1)));
        }
    }

    /// <summary>Multiplies samples [start, start + count) of every channel by the ramp, or by its last <paramref name="count"/> values when <paramref name="fromEnd"/>.</summary>
    public static void ApplyRamp(AudioClip clip, float[] samples, int start, int count, ReadOnlySpan<float> ramp, bool fromEnd)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(samples);
        if (count <= 0)
        {
            return;
        }

        var r = fromEnd ? ramp[^count..] : ramp[..count];
        for (int c = 0; c < clip.Channels; c++)
        {
            var s = samples.AsSpan((c * clip.Length) + start, count);
            TensorPrimitives.Multiply(s, r, s);
        }
    }

    /// <summary>Converts hertz to mels with audiomentations' formula (2595 log10(1 + f / 700)), used to draw filter corners.</summary>
    public static double HzToMel(double hz) => 2595.0 * Math.Log10(1.0 + (hz / 700.0));

    /// <summary>The inverse of <see cref="HzToMel"/>.</summary>
    public static double MelToHz(double mel) => 700.0 * (Math.Pow(10.0, mel / 2595.0) - 1.0);
}
