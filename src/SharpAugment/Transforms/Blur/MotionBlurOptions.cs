using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Blur;

/// <summary>Options of <c>motion_blur</c> (Albumentations MotionBlur, default p 0.5).</summary>
public sealed record MotionBlurOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public MotionBlurOptions() => P = 0.5;

    /// <summary>Kernel sizes to draw from (odd, as blur).</summary>
    [Param("kernel size: odd sizes drawn uniformly from lo..hi (bounds below 3 become 3, even ones the next odd number)", Min = 0, Max = 255)]
    public IntRange BlurLimit { get; init; } = new(3, 7);

    /// <summary>Whether the line may be moved off the kernel centre.</summary>
    [Param("shift the line randomly off the kernel centre by up to a quarter of the kernel")]
    public bool AllowShifted { get; init; } = true;

    /// <summary>The line's angle in degrees.</summary>
    [Param("line angle in degrees (counter-clockwise from +x in kernel coordinates), drawn per call", Min = 0, Max = 360)]
    public FloatRange AngleRange { get; init; } = new(0, 360);

    /// <summary>The bias of the streak along the line.</summary>
    [Param("direction bias: -1 only backward, 0 symmetric, 1 only forward, drawn per call", Min = -1, Max = 1)]
    public FloatRange DirectionRange { get; init; } = new(-1, 1);
}
