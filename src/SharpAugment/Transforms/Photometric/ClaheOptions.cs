using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>clahe</c> (Albumentations CLAHE, default p 0.5; its default clip_limit 4.0 means 1..4).</summary>
public sealed record ClaheOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public ClaheOptions() => P = 0.5;

    /// <summary>The contrast limit, drawn per call.</summary>
    [Param("histogram clip limit relative to a flat histogram, drawn per call", Min = 0, Max = 1000)]
    public FloatRange ClipLimit { get; init; } = new(1, 4);

    /// <summary>Tiles as [columns, rows], the order OpenCV receives Albumentations' tuple in.</summary>
    [Param("tile grid as [columns, rows] (OpenCV's Size order)", Min = 1, Max = 256)]
    public int[] TileGridSize { get; init; } = [8, 8];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (TileGridSize is not { Length: 2 })
        {
            throw new TransformParameterException(transform, "tile_grid_size", "[" + string.Join(", ", TileGridSize ?? []) + "]", "[columns, rows], two positive integers");
        }
    }
}
