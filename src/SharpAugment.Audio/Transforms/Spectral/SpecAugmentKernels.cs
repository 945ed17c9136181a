using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>The sampling rules and kernels shared by time_warp, time_masking, frequency_masking and spec_augment.</summary>
public static class SpecAugmentKernels
{
    /// <summary>Draws one mask as torchaudio's mask_along_axis does: width = floor(u * max_v), start = floor(u' * (size - u * max_v)), with max_v = mask_param, or min(mask_param, floor(size * max_proportion)) when max_proportion &lt; 1; no mask when max_v &lt; 1.</summary>
    public static Mask DrawMask(Rng rng, MaskAxis axis, int channel, int size, int maskParam, double maxProportion)
    {
        ArgumentNullException.ThrowIfNull(rng);
        int maxV = maxProportion >= 1.0 ? maskParam : Math.Min(maskParam, (int)(size * maxProportion));
        if (maxV < 1)
        {
            return new Mask(axis, channel, 0, 0);
        }

        double value = rng.NextDouble() * maxV;
        double min = rng.NextDouble() * (size - value);
        // torchaudio builds the mask by comparing indices with [start, start + width), so a mask wider than the axis
        // (mask_param > size) is cut at the axis ends; the clamps reproduce that.
        int start = Math.Max(0, (int)min);
        int end = Math.Min(size, (int)min + (int)value);
        return new Mask(axis, channel, start, Math.Max(0, end - start));
    }

    /// <summary>Adds <paramref name="count"/> masks along one axis, one per channel when <paramref name="iid"/>, else one shared by all channels.</summary>
    public static void DrawMasks(Rng rng, Spectrogram s, MaskAxis axis, int count, int maskParam, double maxProportion, bool iid, List<Mask> into)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(into);
        int size = axis == MaskAxis.Time ? s.Frames : s.Bins;
        for (int i = 0; i < count; i++)
        {
            if (iid)
            {
                for (int c = 0; c < s.Channels; c++)
                {
                    into.Add(DrawMask(rng, axis, c, size, maskParam, maxProportion));
                }
            }
            else
            {
                into.Add(DrawMask(rng, axis, -1, size, maskParam, maxProportion));
            }
        }
    }

    /// <summary>Draws a time warp: a centre frame c in [W, frames - W) and a shift in [-W, W], the warped point kept inside (0, frames); (0, 0) when frames &lt;= 2W or W is 0.</summary>
    public static (int Center, int Shift) DrawWarp(Rng rng, int frames, int w)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (w < 1 || frames <= 2 * w)
        {
            return (0, 0);
        }

        int center = rng.Next(w, frames - w);
        int shift = rng.Next(-w, w + 1);
        shift = Math.Clamp(center + shift, 1, frames - 1) - center;
        return (center, shift);
    }

    /// <summary>The mean of every value, the mask value torchaudio's SpecAugment uses by default.</summary>
    public static float Mean(ReadOnlySpan<float> values)
    {
        double sum = 0;
        foreach (float v in values)
        {
            sum += v;
        }

        return values.Length == 0 ? 0f : (float)(sum / values.Length);
    }

    /// <summary>Applies the warp and the masks to a copy of <paramref name="input"/>.</summary>
    public static Spectrogram Apply(Spectrogram input, SpecAugmentParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var values = parameters.WarpShift != 0
            ? Warp(input, parameters.WarpCenter, parameters.WarpCenter + parameters.WarpShift)
            : (float[])input.Values.Clone();
        int bins = input.Bins, frames = input.Frames;
        foreach (var m in parameters.Masks)
        {
            int c0 = m.Channel < 0 ? 0 : m.Channel, c1 = m.Channel < 0 ? input.Channels : m.Channel + 1;
            for (int c = c0; c < c1; c++)
            {
                var plane = values.AsSpan(c * bins * frames, bins * frames);
                if (m.Axis == MaskAxis.Frequency)
                {
                    plane.Slice(m.Start * frames, m.Width * frames).Fill(parameters.MaskValue);
                }
                else
                {
                    for (int b = 0; b < bins; b++)
                    {
                        plane.Slice((b * frames) + m.Start, m.Width).Fill(parameters.MaskValue);
                    }
                }
            }
        }

        return input.WithValues(values);
    }

    /// <summary>Moves frame <paramref name="center"/> to <paramref name="target"/>, stretching the two sides linearly (linear interpolation along time, every bin and channel alike).</summary>
    private static float[] Warp(Spectrogram s, int center, int target)
    {
        int frames = s.Frames, rows = s.Channels * s.Bins;
        var src = s.Values;
        var dst = new float[src.Length];
        var index = new int[frames];
        var frac = new float[frames];
        for (int t = 0; t < frames; t++)
        {
            double g = t < target
                ? t * (double)center / target
                : center + ((t - target) * (double)(frames - 1 - center) / Math.Max(1, frames - 1 - target));
            g = Math.Clamp(g, 0, frames - 1);
            int i = Math.Min((int)g, frames - 2);
            index[t] = i;
            frac[t] = (float)(g - i);
        }

        for (int r = 0; r < rows; r++)
        {
            var row = src.AsSpan(r * frames, frames);
            var o = dst.AsSpan(r * frames, frames);
            for (int t = 0; t < frames; t++)
            {
                int i = index[t];
                o[t] = row[i] + ((row[i + 1] - row[i]) * frac[t]);
            }
        }

        return dst;
    }
}
