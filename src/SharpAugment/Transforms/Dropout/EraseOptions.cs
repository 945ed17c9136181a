using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Dropout;

/// <summary>Options of <c>erase</c> (torchvision F.erase with x, y, width, height for i, j, h, w).</summary>
public sealed record EraseOptions : TransformOptions
{
    /// <summary>Left column.</summary>
    [Param("left column of the rectangle", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int X { get; init; }

    /// <summary>Top row.</summary>
    [Param("top row of the rectangle", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int Y { get; init; }

    /// <summary>Width (clipped at the image edge).</summary>
    [Param("rectangle width in pixels (clipped at the image edge)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int Width { get; init; } = 1;

    /// <summary>Height (clipped at the image edge).</summary>
    [Param("rectangle height in pixels (clipped at the image edge)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int Height { get; init; } = 1;

    /// <summary>Fill value in 0..255 units.</summary>
    [Param("fill value in 0..255 units, one or one per channel (float images use value/255)", Min = 0, Max = 255)]
    public double[] Value { get; init; } = [0];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Value is null || Value.Length is < 1 or > 4)
        {
            throw new TransformParameterException(transform, "value", Value is null ? "none" : Value.Length + " values", "1 to 4 values");
        }
    }
}
