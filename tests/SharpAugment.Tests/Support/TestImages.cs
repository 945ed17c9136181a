using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Support;

/// <summary>Deterministic synthetic images and samples for tests (smooth gradients plus noise, so both flat and textured regions exist).</summary>
public static class TestImages
{
    public static Image<byte> Random(int width, int height, int channels, ulong seed = 1)
    {
        var rng = new Rng(seed);
        var img = new Image<byte>(width, height, channels);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    double smooth = 127.5 + 100 * Math.Sin((x + 3 * c) * 0.21) * Math.Cos(y * 0.17 + c);
                    img[x, y, c] = (byte)Math.Clamp(smooth + rng.Next(-20, 21), 0, 255);
                }
            }
        }

        return img;
    }

    /// <summary>Diagonal ramps plus seeded noise, so histograms, blurs and hue all have work to do.</summary>
    public static Image<byte> Bytes(int width, int height, int channels, ulong seed = 1)
    {
        var rng = new Rng(seed);
        var img = new Image<byte>(width, height, channels);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    int v = (((x * 7) + (y * 5) + (c * 60)) % 200) + rng.Next(56);
                    img[x, y, c] = (byte)v;
                }
            }
        }

        return img;
    }

    public static Image<float> Floats(int width, int height, int channels, ulong seed = 1) =>
        ImageConversions.ToFloat(Bytes(width, height, channels, seed));

    public static Image<byte> Mask(int width, int height, int classes = 3)
    {
        var m = new Image<byte>(width, height, 1);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                m[x, y, 0] = (byte)((x * classes / width + y * 2 / height) % classes);
            }
        }

        return m;
    }

    public static Sample FullSample(int width, int height, int channels, ulong seed = 1) => new Sample(Random(width, height, channels, seed))
    {
        Masks = [Mask(width, height)],
        Boxes = [new BoundingBox(width * 0.2f, height * 0.25f, width * 0.6f, height * 0.7f, 1), new BoundingBox(0, 0, Math.Max(1, width * 0.3f), Math.Max(1, height * 0.3f), 2)],
        Keypoints = [new Keypoint(width * 0.5f, height * 0.5f, 30, 1, 0), new Keypoint(width * 0.3f, height * 0.6f, 0, 1, 1)],
        KeypointFlipSwap = [1, 0],
        Label = 3,
    };
}
