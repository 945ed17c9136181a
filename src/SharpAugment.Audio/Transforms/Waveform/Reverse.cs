using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Plays every channel backwards.</summary>
public sealed class Reverse(ReverseOptions options) : SampledTransform<AudioClip, ReverseOptions, NoParams>("reverse", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(AudioClip input, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        var result = (float[])input.Samples.Clone();
        for (int c = 0; c < input.Channels; c++)
        {
            result.AsSpan(c * input.Length, input.Length).Reverse();
        }

        return input.WithSamples(result);
    }
}
