using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>clahe</c>: Albumentations CLAHE; values are checked against OpenCV in AlbumentationsPixelReferenceTests.</summary>
public class ClaheTests
{
    [Fact]
    public void TileGridIsColumnsThenRows()
    {
        // A ramp in x and y: [4, 1] is four columns of tiles in one row, [1, 4] one column in four rows; they differ.
        var image = new Image<byte>(40, 24, 1);
        for (int y = 0; y < 24; y++)
        {
            for (int x = 0; x < 40; x++)
            {
                image.Pixels[(y * 40) + x] = (byte)((x * 3) + y);
            }
        }

        var wide = Run(image, [4, 1]);
        var tall = Run(image, [1, 4]);
        Assert.False(wide.ContentEquals(tall));

        // One tile row: the table depends on x only, so a pixel's output depends on (value, x), never on y.
        var seen = new Dictionary<(int, int), byte>();
        for (int y = 0; y < 24; y++)
        {
            for (int x = 0; x < 40; x++)
            {
                var key = (image.Pixels[(y * 40) + x], x);
                byte value = wide.Pixels[(y * 40) + x];
                if (!seen.TryAdd(key, value))
                {
                    Assert.Equal(seen[key], value);
                }
            }
        }
    }

    [Fact]
    public void StretchesALowContrastImage()
    {
        var image = TestImages.Bytes(32, 32, 1, seed: 3);
        for (int i = 0; i < image.Pixels.Length; i++)
        {
            image.Pixels[i] = (byte)(100 + (image.Pixels[i] % 20));
        }

        var r = Run(image, [2, 2]);
        Assert.True(r.Pixels.Max() - r.Pixels.Min() > 60, $"range {r.Pixels.Min()}..{r.Pixels.Max()}");
    }

    private static Image<byte> Run(Image<byte> image, int[] tiles) =>
        (Image<byte>)new Clahe(new ClaheOptions { P = 1, TileGridSize = tiles }).Apply(new Sample(image), new ClaheParams(3)).Image;
}
