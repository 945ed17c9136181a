namespace SharpAugment.Transforms.Blur;

/// <summary>The sampled line of <c>motion_blur</c>.</summary>
/// <param name="Kernel">Odd kernel side in pixels.</param>
/// <param name="Angle">Line angle in degrees.</param>
/// <param name="Direction">Bias in [-1, 1] (-1 backward only, 1 forward only).</param>
/// <param name="ShiftX">Horizontal shift of the line, in units of a quarter kernel (-1..1); 0 when not shifted.</param>
/// <param name="ShiftY">Vertical shift, as <paramref name="ShiftX"/>.</param>
public sealed record MotionBlurParams(int Kernel, double Angle, double Direction, double ShiftX, double ShiftY);
