namespace SharpAugment.Imaging;

/// <summary>N samples of one size, channel count and pixel type with an N x num_classes soft-label matrix; Mixup, CutMix and Mosaic act here, and collation turns it into one NCHW buffer.</summary>
public sealed class ImageBatch
{
    private readonly Sample[] _samples;
    private readonly float[] _labels;

    /// <summary>A batch from samples and a row-major label matrix (copied), checking that sizes and types agree.</summary>
    /// <param name="samples">The samples; their own Label/SoftLabel are ignored in favour of <paramref name="labels"/>.</param>
    /// <param name="labels">Row-major soft labels, samples.Count x <paramref name="numClasses"/>.</param>
    /// <param name="numClasses">Classes per row.</param>
    public ImageBatch(IReadOnlyList<Sample> samples, ReadOnlySpan<float> labels, int numClasses)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 1)
        {
            throw new ArgumentException("ImageBatch: a batch needs at least one sample.", nameof(samples));
        }

        if (numClasses < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses, "ImageBatch: num_classes must be at least 1.");
        }

        if (labels.Length != (long)samples.Count * numClasses)
        {
            throw new ArgumentException($"ImageBatch: label matrix has {labels.Length} values, expected {samples.Count} x {numClasses}.", nameof(labels));
        }

        _samples = new Sample[samples.Count];
        var first = samples[0] ?? throw new ArgumentException("ImageBatch: sample 0 is null.", nameof(samples));
        for (int i = 0; i < _samples.Length; i++)
        {
            var s = samples[i] ?? throw new ArgumentException($"ImageBatch: sample {i} is null.", nameof(samples));
            if (s.Width != first.Width || s.Height != first.Height || s.Image.Channels != first.Image.Channels || s.Image.Depth != first.Image.Depth)
            {
                throw new ArgumentException(
                    $"ImageBatch: sample {i} is {s.Width}x{s.Height}x{s.Image.Channels} {s.Image.Depth}; every sample must match sample 0 " +
                    $"({first.Width}x{first.Height}x{first.Image.Channels} {first.Image.Depth}). Resize or crop before batching.", nameof(samples));
            }

            _samples[i] = s;
        }

        _labels = labels.ToArray();
        NumClasses = numClasses;
    }

    /// <summary>A batch whose label rows come from each sample: its SoftLabel when set, else its class id one-hot with optional smoothing.</summary>
    /// <param name="samples">Samples of one size and type.</param>
    /// <param name="numClasses">Classes per row.</param>
    /// <param name="labelSmoothing">timm's smoothing s in [0, 1): off = s / K, on = 1 - s + s / K; soft labels are smoothed the same way.</param>
    public static ImageBatch FromSamples(IReadOnlyList<Sample> samples, int numClasses, double labelSmoothing = 0)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (numClasses < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses, "ImageBatch: num_classes must be at least 1.");
        }

        var labels = new float[samples.Count * numClasses];
        for (int i = 0; i < samples.Count; i++)
        {
            var row = labels.AsSpan(i * numClasses, numClasses);
            var s = samples[i] ?? throw new ArgumentException($"ImageBatch: sample {i} is null.", nameof(samples));
            if (s.SoftLabel is { } soft)
            {
                if (soft.Count != numClasses)
                {
                    throw new ArgumentException($"ImageBatch: sample {i} has a soft label of {soft.Count} classes; num_classes is {numClasses}.", nameof(samples));
                }

                for (int c = 0; c < numClasses; c++)
                {
                    row[c] = soft[c];
                }

                SoftLabels.Smooth(row, labelSmoothing);
            }
            else if (s.Label >= 0 && s.Label < numClasses)
            {
                SoftLabels.OneHot(s.Label, labelSmoothing, row);
            }
            else
            {
                throw new ArgumentException($"ImageBatch: sample {i} has label {s.Label}; it must be in 0..{numClasses - 1} or carry a soft label.", nameof(samples));
            }
        }

        return new ImageBatch(samples, labels, numClasses);
    }

    /// <summary>The samples (images, masks, boxes, keypoints); labels live in <see cref="Labels"/>.</summary>
    public IReadOnlyList<Sample> Samples => _samples;

    /// <summary>The number of samples.</summary>
    public int Count => _samples.Length;

    /// <summary>Width shared by every image.</summary>
    public int Width => _samples[0].Width;

    /// <summary>Height shared by every image.</summary>
    public int Height => _samples[0].Height;

    /// <summary>Channels shared by every image.</summary>
    public int Channels => _samples[0].Image.Channels;

    /// <summary>Pixel type shared by every image.</summary>
    public PixelDepth Depth => _samples[0].Image.Depth;

    /// <summary>Classes per label row.</summary>
    public int NumClasses { get; }

    /// <summary>The soft-label matrix, row-major Count x NumClasses.</summary>
    public ReadOnlySpan<float> Labels => _labels;

    /// <summary>One sample's label row.</summary>
    public ReadOnlySpan<float> Label(int index) => _labels.AsSpan(index * NumClasses, NumClasses);

    /// <summary>Sample i with its soft label attached, for code that works on single samples again.</summary>
    public Sample ToSample(int index) => _samples[index] with { SoftLabel = Label(index).ToArray() };

    /// <summary>A new batch with other samples and labels and the same class count.</summary>
    public ImageBatch With(IReadOnlyList<Sample> samples, ReadOnlySpan<float> labels) => new(samples, labels, NumClasses);
}
