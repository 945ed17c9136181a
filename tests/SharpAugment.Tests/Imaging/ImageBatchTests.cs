using SharpAugment.Imaging;
using SharpAugment.Imaging.Collation;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Imaging;

public class ImageBatchTests
{
    // Sums of at most 10 float32 values below 1: each addition rounds by at most 2^-24, so 1e-6 covers the error with margin.
    private const float SumTolerance = 1e-6f;

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    public void OneHotRowsSumToOneAndCarryTimmValues(double smoothing)
    {
        var batch = BatchFixtures.Flat(4, numClasses: 10, smoothing: smoothing);
        for (int i = 0; i < batch.Count; i++)
        {
            var row = batch.Label(i);
            float sum = 0;
            foreach (var v in row)
            {
                sum += v;
            }

            Assert.InRange(sum, 1 - SumTolerance, 1 + SumTolerance);
            Assert.Equal((float)(1 - smoothing + smoothing / 10), row[i]);
            Assert.Equal((float)(smoothing / 10), row[(i + 1) % 10]);
        }
    }

    [Fact]
    public void SoftLabelOfASampleIsUsedAsIs()
    {
        var s = BatchFixtures.FlatSample(8, 8, 0) with { SoftLabel = [0.25f, 0.75f, 0f] };
        var batch = ImageBatch.FromSamples([s, BatchFixtures.FlatSample(8, 8, 2)], 3);
        Assert.Equal([0.25f, 0.75f, 0f], batch.Label(0).ToArray());
        Assert.Equal([0f, 0f, 1f], batch.Label(1).ToArray());
        Assert.Equal([0.25f, 0.75f, 0f], batch.ToSample(0).SoftLabel);
    }

    [Fact]
    public void MismatchedSizesAndBadLabelsAreRejectedWithTheirValues()
    {
        var e = Assert.Throws<ArgumentException>(() => ImageBatch.FromSamples([BatchFixtures.FlatSample(8, 8, 0), BatchFixtures.FlatSample(9, 8, 1)], 3));
        Assert.Contains("sample 1 is 9x8x3", e.Message, StringComparison.Ordinal);
        var l = Assert.Throws<ArgumentException>(() => ImageBatch.FromSamples([BatchFixtures.FlatSample(8, 8, 5)], 3));
        Assert.Contains("label 5", l.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollationWritesNchwNormalizedPixelsAndLabels()
    {
        var img = new Image<byte>(3, 2, 3);
        for (int y = 0; y < 2; y++)
        {
            for (int x = 0; x < 3; x++)
            {
                for (int c = 0; c < 3; c++)
                {
                    img[x, y, c] = (byte)(10 * (y * 3 + x) + c);
                }
            }
        }

        var batch = ImageBatch.FromSamples([new Sample(img) { Label = 1 }, new Sample(img.Clone()) { Label = 0 }], 2);
        float[] mean = [0.5f, 0.25f, 0f];
        float[] std = [0.5f, 0.25f, 2f];
        var t = TensorCollator.Collate(batch, mean, std);
        Assert.Equal([2L, 3, 2, 3], t.Shape);
        Assert.Equal([2L, 2], t.LabelShape);
        Assert.Equal([0f, 1f, 1f, 0f], t.Labels);
        for (int n = 0; n < 2; n++)
        {
            for (int c = 0; c < 3; c++)
            {
                for (int y = 0; y < 2; y++)
                {
                    for (int x = 0; x < 3; x++)
                    {
                        float expected = (img[x, y, c] / 255f - mean[c]) / std[c];
                        float got = t.Data[((n * 3 + c) * 2 + y) * 3 + x];

                        // scale-and-bias versus subtract-then-divide: two float32 roundings on values below 2, so 1e-6 bounds the difference.
                        Assert.InRange(got, expected - 1e-6f, expected + 1e-6f);
                    }
                }
            }
        }
    }

    [Fact]
    public void CollationRejectsWrongBufferAndStd()
    {
        var batch = BatchFixtures.Flat(2, 4, 4, 3);
        Assert.Throws<ArgumentException>(() => TensorCollator.CollateInto(batch, [0f], [1f], new float[10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TensorCollator.Collate(batch, [0f], [0f]));
        Assert.Throws<ArgumentException>(() => TensorCollator.Collate(batch, [0f, 0f], [1f]));
    }

    [Fact]
    public void FloatImagesCollateWithoutRescaling()
    {
        var f = ImageConversions.ToFloat(BatchFixtures.FlatSample(4, 4, 2).Image is Image<byte> b ? b : throw new InvalidOperationException());
        var batch = ImageBatch.FromSamples([new Sample(f) { Label = 0 }], 1);
        var t = TensorCollator.Collate(batch, TensorCollator.ImageNetMean, TensorCollator.ImageNetStd);
        float expected = (BatchFixtures.Shade(2) / 255f - 0.485f) / 0.229f;
        Assert.InRange(t.Data[0], expected - 1e-5f, expected + 1e-5f); // float conversion of x/255 then normalization: well under 1e-5 apart
    }
}
