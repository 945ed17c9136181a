using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>affine</c> (torchvision's affine: angle clockwise in degrees, translate in pixels, scale, shear in degrees about x and y).</summary>
public sealed record AffineOptions : WarpOptions
{
    /// <summary>Rotation in degrees (clockwise, as torchvision's affine).</summary>
    [Param("rotation in degrees (clockwise, as torchvision's affine)", Min = -360, Max = 360)]
    public FloatRange Angle { get; init; } = 0;

    /// <summary>Translation [x, y] in pixels; each a constant or a range.</summary>
    [Param("translation [x, y] in pixels, each a number or range", Min = -ResourceLimits.DefaultMaxPixels, Max = ResourceLimits.DefaultMaxPixels)]
    public FloatRange[] Translate { get; init; } = [0, 0];

    /// <summary>Scale factor.</summary>
    [Param("scale factor", Min = 0.001, Max = 1000)]
    public FloatRange Scale { get; init; } = 1;

    /// <summary>Shear [x, y] in degrees; one value shears along x only.</summary>
    [Param("shear [x, y] in degrees (one value: x only)", Min = -89, Max = 89)]
    public FloatRange[] Shear { get; init; } = [0, 0];

    /// <summary>The centre [x, y] in pixels; empty means the image centre.</summary>
    [Param("centre [x, y] in pixels (empty: image centre)", Min = -ResourceLimits.DefaultMaxPixels, Max = ResourceLimits.DefaultMaxPixels)]
    public double[] Center { get; init; } = [];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        base.Validate(transform);
        GeometricChecks.CheckFinite(transform, "angle", Angle);
        GeometricChecks.CheckPair(transform, "translate", Translate);
        GeometricChecks.CheckPair(transform, "shear", Shear);
        GeometricChecks.CheckCenter(transform, Center);
    }
}
