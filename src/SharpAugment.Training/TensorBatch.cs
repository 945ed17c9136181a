using SharpAugment.Imaging;

namespace SharpAugment.Training;

/// <summary>
/// One batch as plain tensors: NCHW float pixels, an N x classes soft-label matrix, the dataset index of every row and the
/// row's boxes, keypoints and masks in output pixel coordinates. Disposing it hands the pixel buffer back to the loader's
/// pool (do not read <see cref="Data"/> afterwards); a batch never disposed is simply collected.
/// </summary>
public sealed class TensorBatch : IDisposable
{
    private Action<float[]>? _release;

    /// <summary>A batch over caller-made buffers (for example test-time views); <paramref name="release"/> takes the pixel buffer back on <see cref="Dispose"/>.</summary>
    /// <param name="data">Pixels, row-major N, C, H, W.</param>
    /// <param name="shape">[N, C, H, W]; <paramref name="data"/> must have exactly their product floats.</param>
    /// <param name="labels">Row-major N x classes soft labels (empty when the data set has no classes).</param>
    /// <param name="indices">The dataset index of each row.</param>
    /// <param name="samples">Each row's targets (boxes, keypoints, masks); their images are not kept.</param>
    /// <param name="release">Called once with <paramref name="data"/> on dispose, or null.</param>
    public TensorBatch(float[] data, long[] shape, float[] labels, int[] indices, IReadOnlyList<Sample>? samples = null, Action<float[]>? release = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(indices);
        if (shape.Length != 4 || shape.Any(d => d < 1) || shape[0] * shape[1] * shape[2] * shape[3] != data.Length)
        {
            throw new ArgumentException($"TensorBatch: shape [{string.Join(", ", shape)}] must be four positive sizes whose product is the {data.Length} floats of data.", nameof(shape));
        }

        int n = (int)shape[0];
        if (indices.Length != n || labels.Length % n != 0 || (samples is not null && samples.Count != n))
        {
            throw new ArgumentException($"TensorBatch: {n} rows need {n} indices (got {indices.Length}), labels a multiple of {n} (got {labels.Length}) and {n} samples.", nameof(indices));
        }

        Data = data;
        Shape = shape;
        Labels = labels;
        LabelShape = [n, labels.Length / n];
        Indices = indices;
        Boxes = samples?.Select(s => s.Boxes).ToArray() ?? Enumerable.Repeat<IReadOnlyList<BoundingBox>>([], n).ToArray();
        Keypoints = samples?.Select(s => s.Keypoints).ToArray() ?? Enumerable.Repeat<IReadOnlyList<Keypoint>>([], n).ToArray();
        Masks = samples?.Select(s => s.Masks).ToArray() ?? Enumerable.Repeat<IReadOnlyList<Image<byte>>>([], n).ToArray();
        _release = release;
    }

    /// <summary>Pixels, row-major N, C, H, W, normalized as (x / 255 - mean) / std; hand it to <c>torch.tensor(Data).reshape(Shape)</c> or an ONNX Runtime tensor.</summary>
    public float[] Data { get; }

    /// <summary>[N, C, H, W] as long, the type TorchSharp and ONNX Runtime take.</summary>
    public long[] Shape { get; }

    /// <summary>Soft labels, row-major N x classes (one-hot unless a batch transform mixed them).</summary>
    public float[] Labels { get; }

    /// <summary>[N, classes].</summary>
    public long[] LabelShape { get; }

    /// <summary>The dataset index of each row (a rank's padding repeats indices, as DistributedSampler's).</summary>
    public int[] Indices { get; }

    /// <summary>Rows in the batch.</summary>
    public int Count => Indices.Length;

    /// <summary>Each row's boxes in output pixels (absolute x_min, y_min, x_max, y_max); empty lists when the layout has none.</summary>
    public IReadOnlyList<IReadOnlyList<BoundingBox>> Boxes { get; }

    /// <summary>Each row's keypoints in output pixels; empty lists when the layout has none.</summary>
    public IReadOnlyList<IReadOnlyList<Keypoint>> Keypoints { get; }

    /// <summary>Each row's masks (class ids, H x W); empty lists when the layout has none.</summary>
    public IReadOnlyList<IReadOnlyList<Image<byte>>> Masks { get; }

    /// <summary>Hands <see cref="Data"/> back to the loader's pool; the batch must not be read afterwards.</summary>
    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke(Data);
}
