using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Training;

namespace SharpAugment.Training.Tests;

public class TestTimeAugmentationTests
{
    internal static TensorBatch Batch(int n, int c, int h, int w, Func<int, float>? value = null)
    {
        var data = new float[n * c * h * w];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = value?.Invoke(i) ?? (float)Math.Sin(i * 0.37) * 3;
        }

        return new TensorBatch(data, [n, c, h, w], [], Enumerable.Range(0, n).ToArray());
    }

    // An identity "segmenter": its output is its input, so every view taken back must give the input itself.
    private static TensorOutput Identity(TensorBatch b) => new((float[])b.Data.Clone(), (long[])b.Shape.Clone());

    [Fact]
    public void MakeViewFlipsRotatesAndCropsExactly()
    {
        using var batch = Batch(2, 3, 5, 7);
        float At(TensorBatch b, int n, int c, int y, int x) => b.Data[((n * b.Shape[1] + c) * b.Shape[2] + y) * b.Shape[3] + x];

        using var h = TestTimeAugmentation.MakeView(batch, TestTimeView.HorizontalFlip);
        using var r = TestTimeAugmentation.MakeView(batch, new TestTimeView { Map = PixelMap.Rotate90 });
        using var crop = TestTimeAugmentation.MakeView(batch, TestTimeView.Cropped(2, 1, 4, 3));
        Assert.Equal([2L, 3, 5, 7], h.Shape);
        Assert.Equal([2L, 3, 7, 5], r.Shape);
        Assert.Equal([2L, 3, 3, 4], crop.Shape);
        for (int y = 0; y < 5; y++)
        {
            for (int x = 0; x < 7; x++)
            {
                Assert.Equal(At(batch, 1, 2, y, x), At(h, 1, 2, y, 6 - x));
                Assert.Equal(At(batch, 1, 2, y, x), At(r, 1, 2, 6 - x, y));   // counter-clockwise quarter turn
            }
        }

        Assert.Equal(At(batch, 0, 1, 1 + 2, 2 + 3), At(crop, 0, 1, 2, 3));
    }

    [Fact]
    public void ClassifyGivesTheFlipAveragedOutput()
    {
        using var batch = Batch(3, 2, 4, 6);
        // A linear classifier that sees left from right: class k weighs column x by (x + 1) * (k + 1) on channel 0.
        float[] Model(TensorBatch b)
        {
            int n = (int)b.Shape[0], hh = (int)b.Shape[2], ww = (int)b.Shape[3];
            var o = new float[n * 2];
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < 2; k++)
                {
                    double s = 0;
                    for (int y = 0; y < hh; y++)
                    {
                        for (int x = 0; x < ww; x++)
                        {
                            s += b.Data[(i * 2 * hh + y) * ww + x] * (x + 1) * (k + 1);
                        }
                    }

                    o[i * 2 + k] = (float)s;
                }
            }

            return o;
        }

        var plain = Model(batch);
        using var flipped = TestTimeAugmentation.MakeView(batch, TestTimeView.HorizontalFlip);
        var mirror = Model(flipped);
        Assert.NotEqual(plain, mirror);

        var mean = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.HorizontalFlip]).Classify(batch, Model);
        var max = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.HorizontalFlip], TestTimeMerge.Max).Classify(batch, Model);
        for (int i = 0; i < plain.Length; i++)
        {
            Assert.Equal((float)(((double)plain[i] + mirror[i]) / 2), mean[i]);
            Assert.Equal(Math.Max(plain[i], mirror[i]), max[i]);
        }
    }

    [Fact]
    public void GeometricMeanMergesProbabilitiesAndRefusesNegativeOutputs()
    {
        using var batch = Batch(1, 1, 2, 2, i => i + 1);
        float[] Probs(TensorBatch b) => [b.Data[0] / 10, b.Data[3] / 10];   // top-left and bottom-right pixels
        var g = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.VerticalFlip], TestTimeMerge.GeometricMean).Classify(batch, Probs);
        // Identity sees (1, 4), the vertical flip (3, 2).
        Assert.Equal((float)Math.Sqrt(0.1 * 0.3), g[0], 6);
        Assert.Equal((float)Math.Sqrt(0.4 * 0.2), g[1], 6);

        var e = Assert.Throws<InvalidOperationException>(() =>
            new TestTimeAugmentation([TestTimeView.Identity], TestTimeMerge.GeometricMean).Classify(batch, _ => [-0.5f]));
        Assert.Contains("geometric mean needs outputs >= 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DenseOutputsOfEveryExactViewGoBackOntoTheInputGrid()
    {
        using var batch = Batch(2, 3, 5, 7);
        TestTimeView[] views =
        [
            TestTimeView.Identity, TestTimeView.HorizontalFlip, TestTimeView.VerticalFlip,
            new() { Map = PixelMap.Rotate90 }, new() { Map = PixelMap.Rotate270 }, new() { Map = PixelMap.Rotate180 }, new() { Map = PixelMap.Transpose },
        ];
        foreach (var view in views)
        {
            var one = new TestTimeAugmentation([view]).Segment(batch, Identity);
            Assert.Equal(batch.Shape, one.Shape);
            Assert.Equal(batch.Data, one.Data);
        }

        foreach (var merge in Enum.GetValues<TestTimeMerge>())
        {
            using var positive = Batch(2, 3, 5, 7, i => 0.5f + (i % 11));
            var all = new TestTimeAugmentation(views, merge).Segment(positive, Identity);
            Assert.Equal(positive.Data, all.Data);
        }
    }

    [Fact]
    public void DenseOutputWithOtherChannelsAndTheFloatOverloadKeepsTheGrid()
    {
        using var batch = Batch(1, 3, 4, 6);
        // Two output channels at the view's size: channel 0 copies input channel 2, channel 1 is its column index.
        float[] Model(TensorBatch b)
        {
            int hh = (int)b.Shape[2], ww = (int)b.Shape[3];
            var o = new float[2 * hh * ww];
            for (int i = 0; i < hh * ww; i++)
            {
                o[i] = b.Data[2 * hh * ww + i];
                o[hh * ww + i] = i % ww;
            }

            return o;
        }

        var result = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.HorizontalFlip]).Segment(batch, Model);
        Assert.Equal([1L, 2, 4, 6], result.Shape);
        Assert.Equal(batch.Data.AsSpan(2 * 24, 24).ToArray(), result.Data.AsSpan(0, 24).ToArray());
        // The flip's column index, taken back, reads 5 - x: the mean is 2.5 everywhere (it would be x without the inverse).
        Assert.All(result.Data.AsSpan(24, 24).ToArray(), v => Assert.Equal(2.5f, v));
    }

    [Fact]
    public void CropsMergeOverTheViewsThatCoverEachPixel()
    {
        using var batch = Batch(1, 2, 8, 9);
        var five = TestTimeView.FiveCrop(9, 8, 6, 5);
        Assert.Equal(new PixelWindow(2, 2, 6, 5), five[4].Crop);   // torchvision: round((9 - 6) / 2) = 2 (half to even), round(1.5) = 2
        var merged = new TestTimeAugmentation(five).Segment(batch, Identity);
        Assert.Equal(batch.Data, merged.Data);

        // Each pixel counts the crops that see it: the output of a constant-1 model divided by nothing, so the sum shows in Max = 1 and Mean = 1.
        var counted = new TestTimeAugmentation(five).Segment(batch, b => new TensorOutput(Enumerable.Repeat(1f, b.Data.Length).ToArray(), b.Shape));
        Assert.All(counted.Data, v => Assert.Equal(1f, v));

        var e = Assert.Throws<InvalidOperationException>(() => new TestTimeAugmentation([TestTimeView.Cropped(0, 0, 4, 4)]).Segment(batch, Identity));
        Assert.Contains("in no view's window", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScaledViewsAndStridedOutputsAreResizedBack()
    {
        // A ramp along x is linear, so bilinear down- and up-sampling keep it away from the borders (the antialiased
        // half-size view's edge cells are biased by their clipped filter, which reaches 4 input pixels in).
        using var batch = Batch(1, 1, 16, 16, i => i % 16);
        var tta = new TestTimeAugmentation([TestTimeView.Scaled(0.5), TestTimeView.Scaled(2)]);
        var back = tta.Segment(batch, Identity);
        Assert.Equal([1L, 1, 16, 16], back.Shape);
        for (int y = 0; y < 16; y++)
        {
            for (int x = 4; x < 12; x++)
            {
                Assert.Equal(x, back.Data[y * 16 + x], 4);
            }
        }

        // A head at stride 2 (every other pixel): its [N, C, h/2, w/2] output is resized onto the input grid.
        var strided = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.HorizontalFlip]).Segment(batch, b =>
        {
            var o = new float[8 * 8];
            for (int y = 0; y < 8; y++)
            {
                for (int x = 0; x < 8; x++)
                {
                    o[y * 8 + x] = (b.Data[(2 * y * 16) + 2 * x] + b.Data[(2 * y * 16) + 2 * x + 1]) / 2;
                }
            }

            return new TensorOutput(o, [1, 1, 8, 8]);
        });
        Assert.Equal([1L, 1, 16, 16], strided.Shape);
        for (int x = 2; x < 14; x++)
        {
            Assert.Equal(x, strided.Data[5 * 16 + x], 4);
        }
    }

    [Fact]
    public void BoxesGoBackThroughTheInverseOfEachView()
    {
        // A bright 2x2 block at (4, 2) of a 10x6 input; the "detector" boxes the bright pixels of whatever it is shown.
        using var batch = Batch(1, 1, 6, 10, i => i % 10 is 4 or 5 && i / 10 is 2 or 3 ? 1f : 0f);
        IReadOnlyList<IReadOnlyList<BoundingBox>> Detector(TensorBatch b)
        {
            int hh = (int)b.Shape[2], ww = (int)b.Shape[3];
            float x0 = ww, y0 = hh, x1 = 0, y1 = 0;
            for (int y = 0; y < hh; y++)
            {
                for (int x = 0; x < ww; x++)
                {
                    if (b.Data[y * ww + x] > 0.5f)
                    {
                        (x0, y0, x1, y1) = (Math.Min(x0, x), Math.Min(y0, y), Math.Max(x1, x + 1), Math.Max(y1, y + 1));
                    }
                }
            }

            return [[new BoundingBox(x0, y0, x1, y1, Label: 3)]];
        }

        TestTimeView[] views =
        [
            TestTimeView.Identity, TestTimeView.HorizontalFlip, TestTimeView.VerticalFlip, new() { Map = PixelMap.Rotate90 },
            new() { Map = PixelMap.Transpose }, TestTimeView.Scaled(2), TestTimeView.Cropped(3, 1, 5, 4),
            new() { Crop = new PixelWindow(2, 0, 6, 6), Scale = 2, Map = PixelMap.Rotate270 },
        ];
        var found = new TestTimeAugmentation(views) { ViewInterpolation = Interpolation.Nearest }.Detect(batch, Detector);
        Assert.Equal(views.Length, found.Length);
        for (int v = 0; v < views.Length; v++)
        {
            var box = Assert.Single(found[v][0]);
            Assert.Equal(new BoundingBox(4, 2, 6, 4, 3), box);
        }
    }

    [Fact]
    public void BadViewsAndOutputsAreRefusedWithTheirNames()
    {
        using var batch = Batch(2, 1, 4, 4);
        var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => new TestTimeAugmentation([TestTimeView.Cropped(2, 2, 4, 4)]).Segment(batch, Identity));
        Assert.Contains("crop(2, 2, 4, 4)", e1.Message, StringComparison.Ordinal);
        var e2 = Assert.Throws<ArgumentOutOfRangeException>(() => new TestTimeAugmentation([TestTimeView.Scaled(0)]).Classify(batch, b => new float[2]));
        Assert.Contains("scale 0 must be a positive", e2.Message, StringComparison.Ordinal);
        var e3 = Assert.Throws<InvalidOperationException>(() => new TestTimeAugmentation([TestTimeView.Identity]).Classify(batch, b => new float[3]));
        Assert.Contains("3 values for 2 rows", e3.Message, StringComparison.Ordinal);
        var e4 = Assert.Throws<InvalidOperationException>(() => new TestTimeAugmentation([TestTimeView.Identity]).Segment(batch, b => new TensorOutput(new float[8], [2, 4])));
        Assert.Contains("[2, 4]", e4.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new TestTimeAugmentation([]));
        Assert.Equal("crop(0, 0, 2, 2) scale 0.5 rotate90", new TestTimeView { Crop = new PixelWindow(0, 0, 2, 2), Scale = 0.5, Map = PixelMap.Rotate90 }.ToString());
    }

    [Fact]
    public void ForwardMatrixMovesAPixelCentreWhereMakeViewPutsThePixel()
    {
        using var batch = Batch(1, 1, 5, 7);
        var view = new TestTimeView { Crop = new PixelWindow(1, 1, 5, 4), Map = PixelMap.Rotate270 };
        using var v = TestTimeAugmentation.MakeView(batch, view);
        var forward = view.Forward(7, 5);
        for (int y = 1; y < 5; y++)
        {
            for (int x = 1; x < 6; x++)
            {
                var (vx, vy) = forward.Apply(x + 0.5, y + 0.5);
                Assert.Equal(batch.Data[y * 7 + x], v.Data[(int)Math.Floor(vy) * (int)v.Shape[3] + (int)Math.Floor(vx)]);
            }
        }
    }
}
