namespace SharpAugment.Kernels;

/// <summary>Interleaved (HWC) to planar (CHW) conversion with a per-channel affine map, the last step before a tensor.</summary>
public static class Planar
{
    /// <summary>Writes destination[c * pixels + p] = source[p * channels + c] * scale[c] + bias[c] for bytes.</summary>
    public static void FromInterleaved(ReadOnlySpan<byte> source, int channels, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination)
    {
        int pixels = Check(source.Length, channels, scale.Length, bias.Length, destination.Length);
        for (int c = 0; c < channels; c++)
        {
            float s = scale[c];
            float b = bias[c];
            var plane = destination.Slice(c * pixels, pixels);
            int k = c;
            for (int p = 0; p < plane.Length; p++, k += channels)
            {
                plane[p] = source[k] * s + b;
            }
        }
    }

    /// <summary>Writes destination[c * pixels + p] = source[p * channels + c] * scale[c] + bias[c] for floats.</summary>
    public static void FromInterleaved(ReadOnlySpan<float> source, int channels, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination)
    {
        int pixels = Check(source.Length, channels, scale.Length, bias.Length, destination.Length);
        for (int c = 0; c < channels; c++)
        {
            float s = scale[c];
            float b = bias[c];
            var plane = destination.Slice(c * pixels, pixels);
            int k = c;
            for (int p = 0; p < plane.Length; p++, k += channels)
            {
                plane[p] = source[k] * s + b;
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
