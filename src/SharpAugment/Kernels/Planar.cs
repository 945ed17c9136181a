using System.Numerics;

namespace SharpAugment.Kernels;

/// <summary>Interleaved (HWC) to planar (CHW) conversion with a per-channel affine map, the last step before a tensor.</summary>
public static class Planar
{
    /// <summary>Writes destination[c * pixels + p] = source[p * channels + c] * scale[c] + bias[c] for bytes.</summary>
    public static void FromInterleaved(ReadOnlySpan<byte> source, int channels, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination) =>
        Convert(source, channels, scale, bias, destination);

    /// <summary>Writes destination[c * pixels + p] = source[p * channels + c] * scale[c] + bias[c] for floats.</summary>
    public static void FromInterleaved(ReadOnlySpan<float> source, int channels, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination) =>
        Convert(source, channels, scale, bias, destination);

    // Generic over the pixel type; the JIT specializes it per value type, so float.CreateTruncating is a plain conversion.
    private static void Convert<T>(ReadOnlySpan<T> source, int channels, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination)
        where T : unmanaged, INumberBase<T>
    {
        int pixels = Check(source.Length, channels, scale.Length, bias.Length, destination.Length);
        if (channels == 3)
        {
            // RGB, the common case: one sequential pass over the source instead of three strided ones.
            var r = destination.Slice(0, pixels);
            var g = destination.Slice(pixels, pixels);
            var bl = destination.Slice(2 * pixels, pixels);
            float s0 = scale[0], s1 = scale[1], s2 = scale[2], b0 = bias[0], b1 = bias[1], b2 = bias[2];
            for (int p = 0, k = 0; p < pixels; p++, k += 3)
            {
                r[p] = float.CreateTruncating(source[k]) * s0 + b0;
                g[p] = float.CreateTruncating(source[k + 1]) * s1 + b1;
                bl[p] = float.CreateTruncating(source[k + 2]) * s2 + b2;
            }

            return;
        }

        for (int c = 0; c < channels; c++)
        {
            float s = scale[c];
            float b = bias[c];
            var plane = destination.Slice(c * pixels, pixels);
            int k = c;
            for (int p = 0; p < plane.Length; p++, k += channels)
            {
                plane[p] = float.CreateTruncating(source[k]) * s + b;
            }
        }
    }

    private static int Check(int sourceLength, int channels, int scaleLength, int biasLength, int destinationLength)
    {
        if (channels < 1 || sourceLength % channels != 0 || destinationLength != sourceLength || scaleLength < channels || biasLength < channels)
        {
            throw new ArgumentException($"Planar.FromInterleaved: {sourceLength} source and {destinationLength} destination elements, {channels} channels, {scaleLength} scales, {biasLength} biases do not agree.");
        }

        return sourceLength / channels;
    }
}
