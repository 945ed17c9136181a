using SharpAugment.Kernels;

namespace SharpAugment.Geometry;

/// <summary>What a geometric transform does to a sample, as data: its forward matrix (input to output continuous coordinates), the output size and how pixels are read; <see cref="SampleGeometry.Apply(Imaging.Sample, GeometricPlan)"/> is the one place that carries it out on the image, masks, boxes and keypoints.</summary>
public sealed record GeometricPlan
{
    private GeometricPlan(Matrix3 step, Matrix3 stepInverse, int width, int height, Resampling resampling, GeometricPlan? before, Matrix3? centredInverse)
    {
        Step = step;
        StepInverse = stepInverse;
        Width = width;
        Height = height;
        Resampling = resampling;
        Before = before;
        CentredInverse = centredInverse;
    }

    /// <summary>This step's own forward matrix (after <see cref="Before"/> when there is one).</summary>
    public Matrix3 Step { get; }

    /// <summary>This step's own inverse (output to input), kept as the transform defined it, so no matrix is inverted twice.</summary>
    public Matrix3 StepInverse { get; }

    /// <summary>The whole forward map, <see cref="Before"/> included: where a point of the input lands on the output canvas.</summary>
    public Matrix3 Forward => Before is null ? Step : Step * Before.Forward;

    /// <summary>The whole inverse map: where the warp reads each output point from.</summary>
    public Matrix3 Inverse => Before is null ? StepInverse : Before.Inverse * StepInverse;

    /// <summary>Output width.</summary>
    public int Width { get; }

    /// <summary>Output height.</summary>
    public int Height { get; }

    /// <summary>How the image and masks are read.</summary>
    public Resampling Resampling { get; }

    /// <summary>A step carried out first whose canvas clips and filters the targets on its own (the crop before a resize), or null.</summary>
    public GeometricPlan? Before { get; }

    /// <summary>torchvision's inverse in coordinates centred on the images (its <c>theta</c>), when the transform follows its affine grid; the exact warp samples with it directly.</summary>
    public Matrix3? CentredInverse { get; }

    /// <summary>A plan that leaves the sample as it is (the same instance, targets untouched).</summary>
    public static GeometricPlan Unchanged(int width, int height) =>
        new(Matrix3.Identity, Matrix3.Identity, width, height, KeepResampling.Instance, null, null);

    /// <summary>A warp defined by its forward matrix; the inverse the warp samples with is derived once here.</summary>
    public static GeometricPlan FromForward(Matrix3 forward, int width, int height, WarpResampling resampling) =>
        new(forward, forward.Invert(), width, height, resampling, null, null);

    /// <summary>A warp defined by its inverse (torchvision defines perspective this way); the forward matrix the targets move by is derived once here.</summary>
    public static GeometricPlan FromInverse(Matrix3 inverse, int width, int height, WarpResampling resampling) =>
        new(inverse.Invert(), inverse, width, height, resampling, null, null);

    /// <summary>torchvision's affine warp from its centred inverse <c>theta</c> (as <see cref="AffineMatrix.TorchvisionInverse"/> gives it) between an input and an output canvas.</summary>
    public static GeometricPlan TorchvisionAffine(Matrix3 centredInverse, int inWidth, int inHeight, int outWidth, int outHeight, WarpResampling resampling)
    {
        var inverse = AffineMatrix.CenteredToPixels(centredInverse, inWidth, inHeight, outWidth, outHeight);
        return new(inverse.Invert(), inverse, outWidth, outHeight, resampling, null, centredInverse);
    }

    /// <summary>An exact rearrangement of pixels (a flip, a quarter turn, a transpose) of a width x height input.</summary>
    public static GeometricPlan Rearrange(PixelMap map, int width, int height)
    {
        var forward = PixelMaps.Forward(map, width, height);
        bool swap = PixelMaps.SwapsAxes(map);
        return new(forward, forward.Invert(), swap ? height : width, swap ? width : height, new RearrangeResampling(map), null, null);
    }

    /// <summary>The window (x, y, width, height) cut out of the input; parts outside read the border (a crop, or a pad with negative x, y).</summary>
    public static GeometricPlan Window(int x, int y, int width, int height, BorderMode border, IReadOnlyList<double> fill, byte maskFill) =>
        new(Matrix3.Translation(-x, -y), Matrix3.Translation(x, y), width, height, new WindowResampling(x, y, border, fill, maskFill), null, null);

    /// <summary>A resize of a width x height input to outWidth x outHeight (masks nearest).</summary>
    public static GeometricPlan Resize(int width, int height, int outWidth, int outHeight, Interpolation interpolation, bool antialias)
    {
        double sx = (double)outWidth / width, sy = (double)outHeight / height;
        return new(Matrix3.Scaling(sx, sy), Matrix3.Scaling(1 / sx, 1 / sy), outWidth, outHeight, new ResizeResampling(interpolation, antialias), null, null);
    }

    /// <summary>A crop of the window (x, y, cropWidth, cropHeight) resized to outWidth x outHeight: targets are clipped to the window before they are scaled, and the pixels are resized straight from the window when it lies inside the image.</summary>
    public static GeometricPlan CropResize(int x, int y, int cropWidth, int cropHeight, int outWidth, int outHeight, Interpolation interpolation, bool antialias)
    {
        var crop = Window(x, y, cropWidth, cropHeight, BorderMode.Constant, [0.0], 0);
        var resize = Resize(cropWidth, cropHeight, outWidth, outHeight, interpolation, antialias);
        return new(resize.Step, resize.StepInverse, outWidth, outHeight, resize.Resampling, crop, null);
    }

    /// <summary>This step alone, without <see cref="Before"/>.</summary>
    internal GeometricPlan WithoutBefore() => new(Step, StepInverse, Width, Height, Resampling, null, CentredInverse);
}
