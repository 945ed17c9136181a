using SharpAugment.Transforms;
using SharpAugment.Audio.Dsp;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Changes tempo without changing pitch (phase vocoder); the length becomes round(length / rate) unless kept.</summary>
public sealed class TimeStretch(TimeStretchOptions options) : SampledTransform<AudioClip, TimeStretchOptions, ScalarParams>("time_stretch", options)
{
    /// <inheritdoc/>
    public override ScalarParams SampleParams(AudioClip input, Rng rng) => new(Options.Rate.Sample(rng));

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, ScalarParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        int outLength = Options.LeaveLengthUnchanged ? input.Length : (int)Math.Round(input.Length / parameters.Value);
        var result = new float[(long)outLength * input.Channels];
        for (int c = 0; c < input.Channels; c++)
        {
            var y = PhaseVocoder.TimeStretch(input.Channel(c), parameters.Value);
            y.AsSpan(0, Math.Min(y.Length, outLength)).CopyTo(result.AsSpan(c * outLength, outLength));
        }

        return input.WithSamples(result);
    }
}
