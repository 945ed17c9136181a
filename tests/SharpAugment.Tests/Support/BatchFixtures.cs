using SharpAugment.Imaging;

namespace SharpAugment.Tests.Support;

/// <summary>Batches whose samples are flat colours (sample i has value Shade(i) everywhere and label i), so where each pixel came from is readable.</summary>
public static class BatchFixtures
{
    public static byte Shade(int i) => (byte)(20 + 37 * i);

    public static Sample FlatSample(int width, int height, int i, int channels = 3)
    {
        var img = new Image<byte>(width, height, channels);
        img.Pixels.AsSpan().Fill(Shade(i));
        var mask = new Image<byte>(width, height, 1);
        mask.Pixels.AsSpan().Fill((byte)(i + 1));
        return new Sample(img)
        {
            Masks = [mask],
            Boxes = [new BoundingBox(0, 0, width, height, i)],
            Keypoints = [new Keypoint(width / 2f, height / 2f, 0, 1, i)],
            Label = i,
        };
    }

    public static ImageBatch Flat(int count, int width = 40, int height = 30, int numClasses = 6, double smoothing = 0)
    {
        var samples = new Sample[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = FlatSample(width, height, i);
        }

        return ImageBatch.FromSamples(samples, numClasses, smoothing);
    }

    public static ImageBatch Textured(int count, int width = 37, int height = 29, int numClasses = 5)
    {
        var samples = new Sample[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = TestImages.FullSample(width, height, 3, (ulong)i + 1) with { Label = i % numClasses };
        }

        return ImageBatch.FromSamples(samples, numClasses);
    }
}
