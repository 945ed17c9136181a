using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Transforms.Geometric;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Policies;

/// <summary>The registered transforms that perform a policy's ops (torchvision's <c>_apply_op</c>): one built and validated per op, then applied with parameters made from each sampled magnitude, so a new magnitude (timm's noise makes every one new) costs no options record, validation or cache entry.</summary>
public sealed class PolicyOps
{
    // torchvision shears about the top-left corner and translates about the centre: two affines.
    private readonly Affine _shear;
    private readonly Affine _translate;
    private readonly Rotate _rotate;
    private readonly Brightness _brightness = new(new BrightnessOptions());
    private readonly Saturation _color = new(new SaturationOptions());
    private readonly Contrast _contrast = new(new ContrastOptions());
    private readonly Sharpness _sharpness = new(new SharpnessOptions());
    private readonly Posterize _posterize = new(new PosterizeOptions());
    private readonly Solarize _solarize = new(new SolarizeOptions());
    private readonly SolarizeAdd _solarizeAdd = new(new SolarizeAddOptions());
    private readonly Autocontrast _autoContrast = new(new AutocontrastOptions());
    private readonly Equalize _equalize = new(new EqualizeOptions());
    private readonly Invert _invert = new(new InvertOptions());

    /// <summary>Builds the ops for a policy's interpolation and fill.</summary>
    public PolicyOps(Interpolation interpolation, double[] fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        _shear = new Affine(new AffineOptions { Center = [0, 0], Interpolation = interpolation, Fill = fill });
        _translate = new Affine(new AffineOptions { Interpolation = interpolation, Fill = fill });
        _rotate = new Rotate(new RotateOptions { Interpolation = interpolation, Fill = fill });
    }

    /// <summary>Recycles an op's input image once the next op has replaced it, unless it is the policy's own input: the ops are built-in transforms that never keep their input, so nothing else can still see it.</summary>
    internal static void RecycleIntermediate(Sample input, Sample previous, Sample next)
    {
        if (!ReferenceEquals(previous.Image, input.Image) && !ReferenceEquals(previous.Image, next.Image))
        {
            previous.Image.Recycle();
        }
    }

    /// <summary>Applies an op at a signed magnitude: geometric ops move masks, boxes and keypoints like any other transform; the op stops when <paramref name="cancellation"/> is cancelled.</summary>
    public Sample Apply(Sample sample, PolicyOp op, double magnitude, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(sample);
        cancellation.ThrowIfCancellationRequested();
        double m = magnitude;
        return op switch
        {
            PolicyOp.Identity => sample,
            PolicyOp.ShearX => _shear.Apply(sample, new AffineParams(0, 0, 0, 1, Degrees(Math.Atan(m)), 0), cancellation),
            PolicyOp.ShearY => _shear.Apply(sample, new AffineParams(0, 0, 0, 1, 0, Degrees(Math.Atan(m))), cancellation),
            PolicyOp.TranslateX => _translate.Apply(sample, new AffineParams(0, (int)m, 0, 1, 0, 0), cancellation),
            PolicyOp.TranslateY => _translate.Apply(sample, new AffineParams(0, 0, (int)m, 1, 0, 0), cancellation),
            PolicyOp.Rotate => _rotate.Apply(sample, new RotateParams(m), cancellation),
            PolicyOp.Brightness => _brightness.Apply(sample, new BrightnessParams(1.0 + m), cancellation),
            PolicyOp.Color => _color.Apply(sample, new SaturationParams(1.0 + m), cancellation),
            PolicyOp.Contrast => _contrast.Apply(sample, new ContrastParams(1.0 + m), cancellation),
            PolicyOp.Sharpness => _sharpness.Apply(sample, new SharpnessParams(1.0 + m), cancellation),
            PolicyOp.Posterize => _posterize.Apply(sample, new PosterizeParams((int)m), cancellation),
            PolicyOp.Solarize => _solarize.Apply(sample, new SolarizeParams(m), cancellation),
            PolicyOp.AutoContrast => _autoContrast.Apply(sample, NoParams.Instance, cancellation),
            PolicyOp.Equalize => _equalize.Apply(sample, NoParams.Instance, cancellation),
            PolicyOp.Invert => _invert.Apply(sample, NoParams.Instance, cancellation),
            PolicyOp.SolarizeAdd => _solarizeAdd.Apply(sample, new SolarizeAddParams(m), cancellation),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
        };
    }

    // The same expression the options path used (atan(m) * 180 / pi), so every shear angle is bit for bit the old one.
    private static double Degrees(double radians) => radians * 180.0 / Math.PI;
}
