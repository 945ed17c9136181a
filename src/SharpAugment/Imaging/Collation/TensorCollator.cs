using SharpAugment.Kernels;

namespace SharpAugment.Imaging.Collation;

/// <summary>Turns an <see cref="ImageBatch"/> into one NCHW float buffer normalized as (x / max - mean) / std, without referencing TorchSharp or ONNX Runtime.</summary>
public static class TensorCollator
{
    /// <summary>ImageNet channel means (RGB), torchvision's Normalize defaults for pretrained models.</summary>
    public static ReadOnlySpan<float> ImageNetMean => [0.485f, 0.456f, 0.406f];

    /// <summary>ImageNet channel standard deviations (RGB).</summary>
    public static ReadOnlySpan<float> ImageNetStd => [0.229f, 0.224f, 0.225f];

    /// <summary>The number of floats the pixel buffer of <paramref name="batch"/> needs.</summary>
    public static long BufferLength(ImageBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return (long)batch.Count * batch.Channels * batch.Height * batch.Width;
    }

    /// <summary>Allocates and fills the pixel and label buffers; mean and std have one value or one per channel (in 0..1 units).</summary>
    public static CollatedBatch Collate(ImageBatch batch, ReadOnlySpan<float> mean, ReadOnlySpan<float> std)
    {
        ArgumentNullException.ThrowIfNull(batch);
        long length = BufferLength(batch);
        if (length > Array.MaxLength)
        {
            throw new ArgumentException($"TensorCollator: {length} floats do not fit one array; collate smaller batches.", nameof(batch));
        }

        var data = new float[length];
        CollateInto(batch, mean, std, data);
        return new CollatedBatch(
            data,
            [batch.Count, batch.Channels, batch.Height, batch.Width],
            batch.Labels.ToArray(),
            [batch.Count, batch.NumClasses]);
    }

    /// <summary>Fills a caller-owned NCHW buffer (pooled or pinned) of exactly <see cref="BufferLength"/> floats.</summary>
    public static void CollateInto(ImageBatch batch, ReadOnlySpan<float> mean, ReadOnlySpan<float> std, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(batch);
        int channels = batch.Channels;
        if (destination.Length != BufferLength(batch))
        {
            throw new ArgumentException($"TensorCollator: destination has {destination.Length} floats, the batch needs {BufferLength(batch)} (N={batch.Count}, C={channels}, H={batch.Height}, W={batch.Width}).", nameof(destination));
        }

        Span<float> scale = stackalloc float[channels];
        Span<float> bias = stackalloc float[channels];
        float max = batch.Depth == PixelDepth.Byte ? 255f : 1f;
        for (int c = 0; c < channels; c++)
        {
            float m = PerChannel(mean, c, channels, "mean");
            float s = PerChannel(std, c, channels, "std");
            if (!(s > 0) || !float.IsFinite(s))
            {
                throw new ArgumentOutOfRangeException(nameof(std), s, $"TensorCollator: std[{c}] must be a positive finite number.");
            }

            scale[c] = 1f / (max * s);
            bias[c] = -m / s;
        }

        int size = channels * batch.Height * batch.Width;
        for (int i = 0; i < batch.Count; i++)
        {
            var dst = destination.Slice(i * size, size);
            switch (batch.Samples[i].Image)
            {
                case Image<byte> b:
                    Planar.FromInterleaved(b.Pixels, channels, scale, bias, dst);
                    break;
                case Image<float> f:
                    Planar.FromInterleaved(f.Pixels, channels, scale, bias, dst);
                    break;
                default:
                    throw new NotSupportedException($"TensorCollator: sample {i} has an unsupported image type.");
            }
        }
    }

    private static float PerChannel(ReadOnlySpan<float> values, int c, int channels, string name)
    {
        if (values.Length == 1)
        {
            return values[0];
        }

        if (values.Length != channels)
        {
            throw new ArgumentException($"TensorCollator: {name} has {values.Length} values; give 1 or one per channel ({channels}).", name);
        }

        return values[c];
    }
}
