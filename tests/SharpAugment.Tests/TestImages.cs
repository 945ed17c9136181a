using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Tests;

/// <summary>Deterministic test images: smooth gradients plus seeded noise, so histograms, blurs and hue all have work to do.</summary>
internal static class TestImages
{
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
}
