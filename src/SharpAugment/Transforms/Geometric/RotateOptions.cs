using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>rotate</c> (torchvision's rotate: counter-clockwise about the centre, nearest and fill 0 by default).</summary>
public sealed record RotateOptions : WarpOptions
{
    /// <summary>The angle in degrees, counter-clockwise; a range draws one per sample; one turn either way is every angle there is.</summary>
    [Param("angle in degrees, counter-clockwise", Min = -360, Max = 360)]
    public FloatRange Angle { get; init; } = 0;

    /// <summary>Whether the canvas grows to hold the whole rotated image.</summary>
    [Param("grow the canvas to hold the whole rotated image")]
    public bool Expand { get; init; }

    /// <summary>The rotation centre (x, y) in pixels from the top-left corner; empty means the image centre.</summary>
    [Param("rotation centre [x, y] in pixels (empty: image centre)", Min = -ResourceLimits.DefaultMaxPixels, Max = ResourceLimits.DefaultMaxPixels)]
    public double[] Center { get; init; } = [];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        base.Validate(transform);
        GeometricChecks.CheckCenter(transform, Center);
        GeometricChecks.CheckFinite(transform, "angle", Angle);
    }
}
