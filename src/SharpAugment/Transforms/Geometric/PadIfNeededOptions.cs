using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>pad_if_needed</c> (Albumentations' PadIfNeeded).</summary>
public sealed record PadIfNeededOptions : TransformOptions
{
    /// <summary>The minimum height after padding (0: no minimum).</summary>
    [Param("minimum height (0: none)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int MinHeight { get; init; } = 1024;

    /// <summary>The minimum width after padding (0: no minimum).</summary>
    [Param("minimum width (0: none)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int MinWidth { get; init; } = 1024;

    /// <summary>Pad the height up to a multiple of this (0: unused; exclusive with min_height).</summary>
    [Param("pad height up to a multiple of this (0: unused)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int PadHeightDivisor { get; init; }

    /// <summary>Pad the width up to a multiple of this (0: unused; exclusive with min_width).</summary>
    [Param("pad width up to a multiple of this (0: unused)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int PadWidthDivisor { get; init; }

    /// <summary>Where the image sits in the canvas.</summary>
    [Param("where the image sits in the canvas")]
    public PadPosition Position { get; init; } = PadPosition.Center;

    /// <summary>How padding pixels are made.</summary>
    [Param("constant, edge, reflect or symmetric")]
    public PaddingMode PaddingMode { get; init; } = PaddingMode.Constant;

    /// <summary>The fill for constant padding, 0..255 units.</summary>
    [Param("fill for constant padding, 0..255 units", Min = 0, Max = 255)]
    public double[] Fill { get; init; } = [0];

    /// <summary>The class id for constant padding of masks.</summary>
    [Param("class id for constant padding of masks", Min = 0, Max = 255)]
    public int FillMask { get; init; }

    /// <summary>Minimum sizes whose canvas is over the pixel limit are refused when the pipeline is built.</summary>
    public override void Validate(string transform) => ResourceLimits.Default.CheckOutput(transform, "min_width", MinWidth, MinHeight);
}
