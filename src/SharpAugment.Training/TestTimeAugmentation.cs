using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Training;

/// <summary>
/// Test-time augmentation: runs a model over several views of a batch (flips, quarter turns, scales, crops), takes the
/// dense outputs back onto the input grid (the exact inverse pixel map, a resize back to the window, then the window's
/// place), and merges the views element by element. Classification outputs are merged as they come. The model is any
/// function of a batch, so this holds no ML framework; SharpAugment.OnnxRuntime adds an ONNX Runtime model.
/// </summary>
public sealed class TestTimeAugmentation
{
    /// <summary>A set of views and a merge; the views are run in this order.</summary>
    /// <param name="views">At least one view; include <see cref="TestTimeView.Identity"/> to keep the plain prediction.</param>
    /// <param name="merge">How the views' outputs combine.</param>
    public TestTimeAugmentation(IReadOnlyList<TestTimeView> views, TestTimeMerge merge = TestTimeMerge.Mean)
    {
        ArgumentNullException.ThrowIfNull(views);
        if (views.Count == 0 || views.Any(v => v is null))
        {
            throw new ArgumentException("TestTimeAugmentation: give at least one view (none may be null), e.g. [TestTimeView.Identity, TestTimeView.HorizontalFlip].", nameof(views));
        }

        if (!Enum.IsDefined(merge))
        {
            throw new ArgumentOutOfRangeException(nameof(merge), $"TestTimeAugmentation: merge {merge} is not one of Mean, Max, GeometricMean.");
        }

        Views = views.ToArray();
        Merge = merge;
    }

    /// <summary>The views, in run order.</summary>
    public IReadOnlyList<TestTimeView> Views { get; }

    /// <summary>How outputs combine.</summary>
    public TestTimeMerge Merge { get; }

    /// <summary>How scaled views are resampled from the input (torchvision resize's default).</summary>
    public Interpolation ViewInterpolation { get; init; } = Interpolation.Bilinear;

    /// <summary>Whether downscaled views are antialiased, as torchvision's resize.</summary>
    public bool ViewAntialias { get; init; } = true;

    /// <summary>How dense outputs are resampled back onto a view's window (no antialias, as F.interpolate on logits).</summary>
    public Interpolation OutputInterpolation { get; init; } = Interpolation.Bilinear;

    /// <summary>The batch as one view sees it: a new batch with the same labels and indices (its buffer is the caller's to drop).</summary>
    public static TensorBatch MakeView(TensorBatch batch, TestTimeView view, Interpolation interpolation = Interpolation.Bilinear, bool antialias = true)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(view);
        var (n, c, h, w) = Dims(batch.Shape);
        var window = view.Window(w, h);
        var (sw, sh) = view.ScaledSize(w, h);
        var (vw, vh) = view.Size(w, h);
        var data = new float[(long)n * c * vh * vw];
        var plane = new float[h * w];
        for (int p = 0; p < n * c; p++)
        {
            Array.Copy(batch.Data, (long)p * h * w, plane, 0, plane.Length);
            var source = new Image<float>(w, h, 1, plane);
            var scaled = sw == window.Width && sh == window.Height
                ? SampleGeometry.CropImage(source, window.X, window.Y, sw, sh, BorderMode.Constant, [0f])
                : SampleGeometry.ResizeWindow(source, window.X, window.Y, window.Width, window.Height, sw, sh, interpolation, antialias);
            var mapped = view.Map is { } m ? PixelMaps.Image(scaled, m) : scaled;
            mapped.Pixels.AsSpan(0, vw * vh).CopyTo(data.AsSpan((int)((long)p * vh * vw), vw * vh));
            Recycle(scaled, mapped);
        }

        return new TensorBatch(data, [n, c, vh, vw], batch.Labels, batch.Indices);
    }

    /// <summary>Classification: the model's N x K output (logits or probabilities) for every view, merged.</summary>
    /// <param name="batch">The input batch.</param>
    /// <param name="model">Maps a batch to its row-major N x K output.</param>
    public float[] Classify(TensorBatch batch, Func<TensorBatch, float[]> model)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(model);
        var merger = new Merger(Merge);
        foreach (var view in Views)
        {
            var output = RunView(batch, view, model);
            if (output.Length == 0 || output.Length % batch.Count != 0)
            {
                throw new InvalidOperationException($"TestTimeAugmentation: view {view} gave {output.Length} values for {batch.Count} rows; a classifier gives N x classes.");
            }

            merger.Add(output, view, null);
        }

        return merger.Result();
    }

    /// <summary>Dense prediction (segmentation logits or probabilities, heat maps): each view's [N, C, h, w] output is taken back onto the input's grid and merged over the views that cover each pixel.</summary>
    /// <param name="batch">The input batch [N, C, H, W].</param>
    /// <param name="model">Maps a batch to its [N, C', h, w] output; h x w may differ from the view's size (a strided head), it is resized back.</param>
    /// <returns>[N, C', H, W].</returns>
    public TensorOutput Segment(TensorBatch batch, Func<TensorBatch, TensorOutput> model)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(model);
        var (n, _, h, w) = Dims(batch.Shape);
        var merger = new Merger(Merge);
        int channels = -1;
        foreach (var view in Views)
        {
            var output = RunView(batch, view, model);
            if (output.Shape.Length != 4 || output.Shape[0] != n || output.Shape.Any(d => d < 1) || output.Shape.Aggregate(1L, (a, d) => a * d) != output.Data.Length)
            {
                throw new InvalidOperationException($"TestTimeAugmentation: view {view} gave shape [{string.Join(", ", output.Shape)}] with {output.Data.Length} values; a dense output is [{n}, C, h, w].");
            }

            if (channels >= 0 && output.Shape[1] != channels)
            {
                throw new InvalidOperationException($"TestTimeAugmentation: view {view} gave {output.Shape[1]} channels, earlier views {channels}.");
            }

            channels = (int)output.Shape[1];
            var window = view.Window(w, h);
            merger.Add(ToInputGrid(output, view, w, h, OutputInterpolation), view, (window, w, h));
        }

        return new TensorOutput(merger.Result(), [n, channels, h, w]);
    }

    /// <summary>Dense prediction for a model whose output has the view's own height and width: the channel count is read off the length.</summary>
    public TensorOutput Segment(TensorBatch batch, Func<TensorBatch, float[]> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Segment(batch, view =>
        {
            var data = model(view);
            var (n, _, h, w) = Dims(view.Shape);
            long perChannel = (long)n * h * w;
            if (data.Length == 0 || data.Length % perChannel != 0)
            {
                throw new InvalidOperationException($"TestTimeAugmentation: the model gave {data.Length} values for a [{n}, C, {h}, {w}] view; a dense output at the view's size is a multiple of {perChannel}.");
            }

            return new TensorOutput(data, [n, data.Length / perChannel, h, w]);
        });
    }

    /// <summary>Detection: each view's boxes (view pixels, one list per row) moved back onto the input through the inverse of the view's matrix; result[v][i] is view v's boxes for row i (fuse them with NMS or WBF as the detector's scores allow).</summary>
    public IReadOnlyList<IReadOnlyList<BoundingBox>>[] Detect(TensorBatch batch, Func<TensorBatch, IReadOnlyList<IReadOnlyList<BoundingBox>>> model)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(model);
        var (_, _, h, w) = Dims(batch.Shape);
        var result = new IReadOnlyList<IReadOnlyList<BoundingBox>>[Views.Count];
        for (int v = 0; v < Views.Count; v++)
        {
            var view = Views[v];
            var boxes = RunView(batch, view, model);
            if (boxes.Count != batch.Count)
            {
                throw new InvalidOperationException($"TestTimeAugmentation: view {view} gave boxes for {boxes.Count} rows; the batch has {batch.Count}.");
            }

            result[v] = boxes.Select(b => view.BoxesToInput(b, w, h)).ToArray();
        }

        return result;
    }

    // One view's output [N, C, h, w] taken back to [N, C, window height, window width]: the inverse pixel map (exact), then a
    // resize to the window when the sizes differ.
    private static float[] ToInputGrid(TensorOutput output, TestTimeView view, int width, int height, Interpolation interpolation)
    {
        var window = view.Window(width, height);
        int planes = (int)(output.Shape[0] * output.Shape[1]), oh = (int)output.Shape[2], ow = (int)output.Shape[3];
        var result = new float[(long)planes * window.Width * window.Height];
        int size = window.Width * window.Height;
        for (int p = 0; p < planes; p++)
        {
            var plane = new Image<float>(ow, oh, 1, output.Data.AsSpan(p * oh * ow, oh * ow).ToArray());
            var unmapped = view.InverseMap is { } m ? PixelMaps.Image(plane, m) : plane;
            var resized = unmapped.Width == window.Width && unmapped.Height == window.Height
                ? unmapped
                : SampleGeometry.ResizeImage(unmapped, window.Width, window.Height, interpolation, antialias: false);
            resized.Pixels.AsSpan(0, size).CopyTo(result.AsSpan(p * size, size));
            Recycle(unmapped, resized);
        }

        return result;
    }

    private T RunView<T>(TensorBatch batch, TestTimeView view, Func<TensorBatch, T> model)
    {
        if (view == TestTimeView.Identity)
        {
            return model(batch);
        }

        using var viewBatch = MakeView(batch, view, ViewInterpolation, ViewAntialias);
        return model(viewBatch);
    }

    private static void Recycle(Image<float> first, Image<float> second)
    {
        second.Recycle();
        if (!ReferenceEquals(first, second))
        {
            first.Recycle();
        }
    }

    private static (int N, int C, int H, int W) Dims(long[] shape) => ((int)shape[0], (int)shape[1], (int)shape[2], (int)shape[3]);

    // Accumulates views element by element; dense views cover only their window of the input grid.
    private sealed class Merger(TestTimeMerge merge)
    {
        private double[]? _sum;
        private int[]? _count;
        private int _planeSize = -1;

        public void Add(float[] values, TestTimeView view, (PixelWindow Window, int Width, int Height)? place)
        {
            int planeSize = place is { } pl ? pl.Width * pl.Height : values.Length;
            int windowSize = place is { } pw ? pw.Window.Width * pw.Window.Height : values.Length;
            int planes = values.Length / windowSize;
            if (_sum is null)
            {
                _planeSize = planeSize;
                _sum = new double[(long)planes * planeSize];
                _count = new int[planeSize];
            }
            else if (_sum.Length != (long)planes * planeSize)
            {
                throw new InvalidOperationException($"TestTimeAugmentation: view {view} gave {(long)planes * planeSize} values on the input grid, earlier views {_sum.Length}.");
            }

            var (x0, y0, ww, rowStride) = place is { } q ? (q.Window.X, q.Window.Y, q.Window.Width, q.Width) : (0, 0, values.Length, values.Length);
            int rows = windowSize / ww;
            for (int r = 0; r < rows; r++)
            {
                for (int x = 0; x < ww; x++)
                {
                    int at = (y0 + r) * rowStride + x0 + x;
                    bool first = _count![at] == 0;
                    _count[at]++;
                    for (int p = 0; p < planes; p++)
                    {
                        float v = values[p * windowSize + r * ww + x];
                        ref double s = ref _sum[p * planeSize + at];
                        s = merge switch
                        {
                            TestTimeMerge.Max => first ? v : Math.Max(s, v),
                            TestTimeMerge.GeometricMean => (first ? 0 : s) + Log(v, view),
                            _ => (first ? 0 : s) + v,
                        };
                    }
                }
            }
        }

        public float[] Result()
        {
            var sum = _sum!;
            var count = _count!;
            for (int at = 0; at < _planeSize; at++)
            {
                if (count[at] == 0)
                {
                    throw new InvalidOperationException($"TestTimeAugmentation: position {at} of the input grid (row-major) is in no view's window; add a view without a crop or crops that cover the input.");
                }
            }

            var result = new float[sum.Length];
            for (int i = 0; i < sum.Length; i++)
            {
                double mean = merge == TestTimeMerge.Max ? sum[i] : sum[i] / count[i % _planeSize];
                result[i] = (float)(merge == TestTimeMerge.GeometricMean ? Math.Exp(mean) : mean);
            }

            return result;
        }

        private static double Log(float v, TestTimeView view) => v >= 0
            ? Math.Log(v)
            : throw new InvalidOperationException($"TestTimeAugmentation: the geometric mean needs outputs >= 0 (probabilities), view {view} gave {v}; apply softmax in the model or merge with Mean.");
    }
}
