using System.Collections.Concurrent;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Geometric;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Policies;

/// <summary>Turns a policy op and its magnitude into the ordinary registered transform that performs it (torchvision's <c>_apply_op</c>), caching each one.</summary>
public sealed class PolicyOpFactory
{
    private readonly ConcurrentDictionary<(PolicyOp, double), ITransform<Sample>?> _cache = new();
    private readonly Interpolation _interpolation;
    private readonly double[] _fill;

    /// <summary>Creates the factory for a policy's interpolation and fill.</summary>
    public PolicyOpFactory(Interpolation interpolation, double[] fill)
    {
        _interpolation = interpolation;
        _fill = fill ?? throw new ArgumentNullException(nameof(fill));
    }

    /// <summary>The most transforms kept: table magnitudes are a few hundred, while timm's magnitude noise makes every value new.</summary>
    private const int CacheLimit = 4096;

    /// <summary>The transform for an op at a signed magnitude, or null for Identity.</summary>
    public ITransform<Sample>? Get(PolicyOp op, double magnitude)
    {
        if (_cache.TryGetValue((op, magnitude), out var cached))
        {
            return cached;
        }

        var created = Create(op, magnitude);
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd((op, magnitude), created);
        }

        return created;
    }

    /// <summary>Recycles an op's input image once the next op has replaced it, unless it is the policy's own input: the ops are built-in transforms that never keep their input, so nothing else can still see it.</summary>
    internal static void RecycleIntermediate(Sample input, Sample previous, Sample next)
    {
        if (!ReferenceEquals(previous.Image, input.Image) && !ReferenceEquals(previous.Image, next.Image))
        {
            previous.Image.Recycle();
        }
    }

    /// <summary>Applies an op to a sample: geometric ops move masks, boxes and keypoints like any other transform; the op stops when <paramref name="cancellation"/> is cancelled.</summary>
    public Sample Apply(Sample sample, PolicyOp op, double magnitude, CancellationToken cancellation = default)
    {
        var t = Get(op, magnitude);
        return t is null ? sample : t.Apply(sample, new AugmentContext(new Rng(0)) { CancellationToken = cancellation });
    }

    private ITransform<Sample>? Create(PolicyOp op, double m) => op switch
    {
        PolicyOp.Identity => null,
        PolicyOp.ShearX => new Affine(new AffineOptions
        {
            Shear = [Math.Atan(m) * 180.0 / Math.PI, 0], Center = [0, 0], Interpolation = _interpolation, Fill = _fill,
        }),
        PolicyOp.ShearY => new Affine(new AffineOptions
        {
            Shear = [0, Math.Atan(m) * 180.0 / Math.PI], Center = [0, 0], Interpolation = _interpolation, Fill = _fill,
        }),
        PolicyOp.TranslateX => new Affine(new AffineOptions { Translate = [(int)m, 0], Interpolation = _interpolation, Fill = _fill }),
        PolicyOp.TranslateY => new Affine(new AffineOptions { Translate = [0, (int)m], Interpolation = _interpolation, Fill = _fill }),
        PolicyOp.Rotate => new Rotate(new RotateOptions { Angle = m, Interpolation = _interpolation, Fill = _fill }),
        PolicyOp.Brightness => new Brightness(new BrightnessOptions { Factor = 1.0 + m }),
        PolicyOp.Color => new Saturation(new SaturationOptions { Factor = 1.0 + m }),
        PolicyOp.Contrast => new Contrast(new ContrastOptions { Factor = 1.0 + m }),
        PolicyOp.Sharpness => new Sharpness(new SharpnessOptions { Factor = 1.0 + m }),
        PolicyOp.Posterize => new Posterize(new PosterizeOptions { Bits = (int)m }),
        PolicyOp.Solarize => new Solarize(new SolarizeOptions { Threshold = m }),
        PolicyOp.AutoContrast => new Autocontrast(new AutocontrastOptions()),
        PolicyOp.Equalize => new Equalize(new EqualizeOptions()),
        PolicyOp.Invert => new Invert(new InvertOptions()),
        PolicyOp.SolarizeAdd => new SolarizeAdd(new SolarizeAddOptions { Addition = m }),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
