using SharpAugment.Imaging;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Albumentations' pixel conventions shared by its ports: uint8_io (a float image is rounded to bytes, processed, and divided back by 255) and colour ops on RGB that leave alpha alone.</summary>
internal static class AlbumentationsIo
{
    /// <summary>Albumentations' @uint8_io: round(x * 255) to bytes, run the byte op, then bytes / 255.</summary>
    public static Image<float> ViaBytes(Image<float> image, Func<Image<byte>, Image<byte>> op)
    {
        var bytes = op(ImageConversions.ToBytes(image));
        var dst = Image<float>.CreateUninitialized(bytes.Width, bytes.Height, bytes.Channels);
        var s = bytes.Pixels;
        var d = dst.Pixels;
        for (int i = 0; i < s.Length; i++)
        {
            d[i] = s[i] / 255f;
        }

        return dst;
    }

    /// <summary>Runs a 3-channel op on the RGB of an RGBA image and copies alpha; a 3-channel image goes straight through.</summary>
    public static Image<byte> OnRgb(Image<byte> image, Func<Image<byte>, Image<byte>> op)
    {
        if (image.Channels != 4)
        {
            return op(image);
        }

        int n = image.Width * image.Height;
        var rgb = Image<byte>.CreateUninitialized(image.Width, image.Height, 3);
        for (int i = 0; i < n; i++)
        {
            rgb.Pixels[3 * i] = image.Pixels[4 * i];
            rgb.Pixels[(3 * i) + 1] = image.Pixels[(4 * i) + 1];
            rgb.Pixels[(3 * i) + 2] = image.Pixels[(4 * i) + 2];
        }

        var done = op(rgb);
        var dst = image.Clone();
        for (int i = 0; i < n; i++)
        {
            dst.Pixels[4 * i] = done.Pixels[3 * i];
            dst.Pixels[(4 * i) + 1] = done.Pixels[(3 * i) + 1];
            dst.Pixels[(4 * i) + 2] = done.Pixels[(3 * i) + 2];
        }

        return dst;
    }
}
