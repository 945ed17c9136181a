using System.Buffers;
using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Geometry;

/// <summary>Applies one geometric operation to every target of a sample: the image with the chosen interpolation, masks with nearest, boxes and keypoints through the forward matrix.</summary>
public static class SampleGeometry
{
    /// <summary>Carries out a geometric plan on every target of a sample: the image and masks through the plan's resampling, boxes and keypoints through its forward matrix (step by step, so a crop clips them before a resize scales them).</summary>
    public static Sample Apply(Sample sample, GeometricPlan plan)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(plan);
        var resampling = plan.Resampling;
        if (resampling.Keeps(plan, sample.Width, sample.Height))
        {
            return sample;
        }

        if (plan.Before is { } before && !resampling.Fuses(plan, sample.Width, sample.Height))
        {
            return Apply(Apply(sample, before), plan.WithoutBefore());
        }

        IImage image = sample.Image switch
        {
            Image<byte> b => resampling.Resample(b, plan, mask: false),
            Image<float> f => resampling.Resample(f, plan, mask: false),
            _ => throw new NotSupportedException(sample.Image.GetType().Name),
        };
        var masks = new Image<byte>[sample.Masks.Count];
        for (int m = 0; m < masks.Length; m++)
        {
            masks[m] = resampling.Resample(sample.Masks[m], plan, mask: true);
        }

        return MoveTargets(sample, plan) with { Image = image, Masks = masks };
    }

    // Each step clips and filters the targets on its own canvas, as running the steps one after the other would.
    private static Sample MoveTargets(Sample sample, GeometricPlan plan) =>
        TargetGeometry.MoveTargets(plan.Before is { } before ? MoveTargets(sample, before) : sample, plan.Step, plan.Width, plan.Height);

    /// <summary>Warps one image through an inverse matrix (output to input continuous coordinates); an affine map with a constant border and nearest or bilinear interpolation takes torchvision's exact float32 grid, from <paramref name="centredInverse"/> when the transform gives it.</summary>
    /// <param name="image">The input.</param>
    /// <param name="inverse">Maps output continuous coordinates to input ones.</param>
    /// <param name="centredInverse">The same map centred on both images (torchvision's theta), or null to centre <paramref name="inverse"/>.</param>
    /// <param name="width">Output width.</param>
    /// <param name="height">Output height.</param>
    /// <param name="interpolation">Nearest, bilinear or bicubic.</param>
    /// <param name="border">What is read outside the input.</param>
    /// <param name="fill">The fill per channel in pixel units.</param>
    public static Image<T> WarpImage<T>(Image<T> image, Matrix3 inverse, Matrix3? centredInverse, int width, int height, Interpolation interpolation, BorderMode border, float[] fill)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = Image<T>.CreateUninitialized(width, height, image.Channels);
        Span<double> m = stackalloc double[9];
        if (inverse.IsAffine && border == BorderMode.Constant && interpolation is Interpolation.Nearest or Interpolation.Bilinear)
        {
            // torchvision's exact float32 arithmetic, so rotate and affine equal its outputs bit for bit.
            var theta = centredInverse ?? Matrix3.Translation(-image.Width / 2.0, -image.Height / 2.0) * inverse * Matrix3.Translation(width / 2.0, height / 2.0);
            theta.CopyTo(m);
            Kernels.Warp.TorchAffine<T>(image.Pixels, image.Width, image.Height, image.Channels, dst.Pixels, width, height, m, interpolation, fill);
        }
        else
        {
            inverse.CopyTo(m);
            Kernels.Warp.Projective<T>(image.Pixels, image.Width, image.Height, image.Channels, dst.Pixels, width, height, m, interpolation, border, fill);
        }

        return dst;
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
