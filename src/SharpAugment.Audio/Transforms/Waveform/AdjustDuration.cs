using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Pads or trims to a fixed duration: a longer clip is cropped at a random offset, a shorter one padded at the start or end.</summary>
public sealed class AdjustDuration(AdjustDurationOptions options) : SampledTransform<AudioClip, AdjustDurationOptions, RegionParams>("adjust_duration", options)
{
    private int Target(AudioClip clip) => Options.DurationSamples ?? (int)(Options.DurationSeconds!.Value * clip.SampleRate);

    /// <inheritdoc/>
    public override RegionParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rng);
        int target = Target(input);
        int start = input.Length > target ? rng.Next(0, input.Length - target) : 0;
        return new RegionParams(start, target);
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, RegionParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        int n = input.Length, target = parameters.Length;
        var result = new float[(long)target * input.Channels];
        for (int c = 0; c < input.Channels; c++)
        {
            var src = input.Channel(c);
            var dst = result.AsSpan(c * target, target);
            if (n >= target)
            {
                src.Slice(parameters.Start, target).CopyTo(dst);
                continue;
            }

            int pad = target - n;
            int offset = Options.PaddingPosition == PaddingPosition.Start ? pad : 0;
            src.CopyTo(dst[offset..]);
            if (Options.PaddingMode == PaddingMode.Silence || n == 0)
            {
                continue;
            }

            for (int i = 0; i < target; i++)
            {
                int k = i - offset;
                if (k >= 0 && k < n)
                {
                    continue;
                }

                dst[i] = src[Options.PaddingMode == PaddingMode.Wrap ? Mod(k, n) : Reflect(k, n)];
            }
        }

        return input.WithSamples(result);
    }

    private static int Mod(int k, int n) => ((k % n) + n) % n;

    private static int Reflect(int k, int n)
    {
        if (n == 1)
        {
            return 0;
        }

        int period = 2 * (n - 1);
        int j = Mod(k, period);
        return j < n ? j : period - j;
    }
}
