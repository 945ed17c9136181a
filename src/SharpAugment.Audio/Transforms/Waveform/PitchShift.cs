using SharpAugment.Transforms;
using SharpAugment.Audio.Dsp;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Shifts pitch without changing duration, as librosa does: time-stretch by 2^(-n/12), then resample back to the original length.</summary>
public sealed class PitchShift(PitchShiftOptions options) : SampledTransform<AudioClip, PitchShiftOptions, ScalarParams>("pitch_shift", options)
{
    /// <inheritdoc/>
    public override ScalarParams SampleParams(AudioClip input, Rng rng) => new(Options.Semitones.Sample(rng));

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, ScalarParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        double rate = Math.Pow(2.0, -parameters.Value / 12.0);
        int sr = input.SampleRate;
        int source = (int)Math.Round(sr / rate);
        var resampler = source == sr ? null : new SincResampler(source, sr);
        int n = input.Length;
        var result = new float[input.Samples.Length];
        for (int c = 0; c < input.Channels; c++)
        {
            var stretched = PhaseVocoder.TimeStretch(input.Channel(c), rate);
            var dst = result.AsSpan(c * n, n);
            if (resampler is null)
            {
                stretched.AsSpan(0, Math.Min(n, stretched.Length)).CopyTo(dst);
                continue;
            }

            var shifted = new float[resampler.OutputLength(stretched.Length)];
            resampler.Process(stretched, shifted);
            shifted.AsSpan(0, Math.Min(n, shifted.Length)).CopyTo(dst);
        }

        return input.WithSamples(result);
    }
}
