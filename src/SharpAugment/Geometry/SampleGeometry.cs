using System.Buffers;
using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Geometry;

/// <summary>Applies one geometric operation to every target of a sample: the image with the chosen interpolation, masks with nearest, boxes and keypoints through the forward matrix.</summary>
public static class SampleGeometry
{
    /// <summary>Warps a sample by a forward matrix onto a width x height canvas.</summary>
    /// <param name="sample">The sample.</param>
    /// <param name="forward">Maps input continuous coordinates to output ones.</param>
    /// <param name="width">Output width.</param>
    /// <param name="height">Output height.</param>
    /// <param name="interpolation">Interpolation for the image (masks always use nearest).</param>
    /// <param name="border">Border mode for image and masks.</param>
    /// <param name="fill">Image fill in 0..255 units, one value or one per channel.</param>
    /// <param name="maskFill">The class id written where masks read outside.</param>
    public static Sample Warp(Sample sample, Matrix3 forward, int width, int height, Interpolation interpolation, BorderMode border,
        IReadOnlyList<double> fill, byte maskFill = 0)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var inverse = forward.Invert();
        IImage image = sample.Image switch
        {
            Image<byte> b => WarpImage(b, inverse, width, height, interpolation, border, FillFor(b, fill)),
            Image<float> f => WarpImage(f, inverse, width, height, interpolation, border, FillFor(f, fill)),
            _ => throw new NotSupportedException(sample.Image.GetType().Name),
        };
        float[] mf = [maskFill];
        var masks = sample.Masks.Select(m => WarpImage(m, inverse, width, height, Interpolation.Nearest, border, mf)).ToArray();
        return TargetGeometry.MoveTargets(sample, forward, width, height) with { Image = image, Masks = masks };
    }

    /// <summary>Warps one image through an inverse matrix.</summary>
    public static Image<T> WarpImage<T>(Image<T> image, Matrix3 inverse, int width, int height, Interpolation interpolation, BorderMode border, float[] fill)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = Image<T>.CreateUninitialized(width, height, image.Channels);
        if (inverse.IsAffine && border == BorderMode.Constant && interpolation is Interpolation.Nearest or Interpolation.Bilinear)
        {
            // torchvision's exact float32 arithmetic, so rotate and affine equal its outputs bit for bit.
            Kernels.Warp.TorchAffine<T>(image.Pixels, image.Width, image.Height, image.Channels, dst.Pixels, width, height, inverse, interpolation, fill);
        }
        else
        {
            Kernels.Warp.Projective<T>(image.Pixels, image.Width, image.Height, image.Channels, dst.Pixels, width, height, inverse, interpolation, border, fill);
        }

        return dst;
    }

    /// <summary>Resizes a sample: image with the chosen filter, masks nearest, boxes and keypoints scaled.</summary>
    public static Sample Resize(Sample sample, int width, int height, Interpolation interpolation, bool antialias)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (width == sample.Width && height == sample.Height)
        {
            return sample;
        }

        IImage image = sample.Image switch
        {
            Image<byte> b => ResizeImage(b, width, height, interpolation, antialias),
            Image<float> f => ResizeImage(f, width, height, interpolation, antialias),
            _ => throw new NotSupportedException(sample.Image.GetType().Name),
        };
        var masks = sample.Masks.Select(m => ResizeImage(m, width, height, Interpolation.Nearest, false)).ToArray();
        var forward = Matrix3.Scaling((double)width / sample.Width, (double)height / sample.Height);
        return TargetGeometry.MoveTargets(sample, forward, width, height) with { Image = image, Masks = masks };
    }

    /// <summary>Resizes one image.</summary>
    public static Image<T> ResizeImage<T>(Image<T> image, int width, int height, Interpolation interpolation, bool antialias)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        return ResizeWindow(image, 0, 0, image.Width, image.Height, width, height, interpolation, antialias);
    }

    /// <summary>Resizes the window (x, y, windowWidth, windowHeight), which must lie inside the image, straight from the source: the same pixels as cropping it first and resizing the crop.</summary>
    public static Image<T> ResizeWindow<T>(Image<T> image, int x, int y, int windowWidth, int windowHeight, int width, int height, Interpolation interpolation, bool antialias)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        if (x < 0 || y < 0 || windowWidth < 1 || windowHeight < 1 || x + windowWidth > image.Width || y + windowHeight > image.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"SampleGeometry.ResizeWindow: window ({x}, {y}, {windowWidth}, {windowHeight}) must lie inside the {image.Width}x{image.Height} image.");
        }

        var dst = Image<T>.CreateUninitialized(width, height, image.Channels);
        int stride = image.Width * image.Channels;
        if (image is Image<byte> bytes && dst is Image<byte> byteDst &&
            Kernels.Resize.TryApplyTwoTap(bytes.Pixels.AsSpan((y * stride) + (x * image.Channels)), stride, windowWidth, windowHeight,
                byteDst.Pixels, width, height, image.Channels, interpolation, antialias))
        {
            return dst;
        }

        var xAxis = ResizeAxis.Create(windowWidth, width, interpolation, antialias);
        var yAxis = ResizeAxis.Create(windowHeight, height, interpolation, antialias);
        int n = Kernels.Resize.ScratchLength(windowHeight, width, image.Channels);
        var scratch = ArrayPool<float>.Shared.Rent(n);
        try
        {
            var src = image.Pixels.AsSpan((y * stride) + (x * image.Channels));
            Kernels.Resize.Apply<T>(src, stride, dst.Pixels, image.Channels, xAxis, yAxis, scratch.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }

        return dst;
    }

    /// <summary>Cuts the window (x, y, width, height) out of a sample; parts of the window outside the image read the border (constant fill by default), as torchvision's crop pads.</summary>
    public static Sample Crop(Sample sample, int x, int y, int width, int height, BorderMode border = BorderMode.Constant,
        IReadOnlyList<double>? fill = null, byte maskFill = 0)
    {
        ArgumentNullException.ThrowIfNull(sample);
        fill ??= [0.0];
        IImage image = sample.Image switch
        {
            Image<byte> b => CropImage(b, x, y, width, height, border, FillFor(b, fill)),
            Image<float> f => CropImage(f, x, y, width, height, border, FillFor(f, fill)),
            _ => throw new NotSupportedException(sample.Image.GetType().Name),
        };
        float[] mf = [maskFill];
        var masks = sample.Masks.Select(m => CropImage(m, x, y, width, height, border, mf)).ToArray();
        var forward = Matrix3.Translation(-x, -y);
        return TargetGeometry.MoveTargets(sample, forward, width, height) with { Image = image, Masks = masks };
    }

    /// <summary>Copies a window of an image; outside pixels come from the border mode.</summary>
    public static Image<T> CropImage<T>(Image<T> image, int x, int y, int width, int height, BorderMode border, float[] fill)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(fill);
        var dst = Image<T>.CreateUninitialized(width, height, image.Channels);
        int ch = image.Channels;
        var src = image.Pixels;
        bool inside = x >= 0 && y >= 0 && x + width <= image.Width && y + height <= image.Height;
        for (int r = 0; r < height; r++)
        {
            var drow = dst.Row(r);
            if (inside)
            {
                src.AsSpan(((y + r) * image.Width + x) * ch, width * ch).CopyTo(drow);
                continue;
            }

            int sy = Border.Index(y + r, image.Height, border);
            for (int c0 = 0; c0 < width; c0++)
            {
                int sx = Border.Index(x + c0, image.Width, border);
                for (int c = 0; c < ch; c++)
                {
                    drow[c0 * ch + c] = sx < 0 || sy < 0 ? PixelMath.From<T>(fill[c]) : src[(sy * image.Width + sx) * ch + c];
                }
            }
        }

        return dst;
    }

    /// <summary>The fill per channel in the image's pixel units: values are given in 0..255 and divided by 255 for float images; one value serves every channel.</summary>
    public static float[] FillFor<T>(Image<T> image, IReadOnlyList<double> fill)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(fill);
        float scale = typeof(T) == typeof(byte) ? 1f : 1f / 255f;
        var f = new float[image.Channels];
        for (int c = 0; c < f.Length; c++)
        {
            double v = fill.Count == 0 ? 0 : fill.Count == 1 ? fill[0] : c < fill.Count ? fill[c] : 0;
            f[c] = (float)v * scale;
        }

        return f;
    }
}
