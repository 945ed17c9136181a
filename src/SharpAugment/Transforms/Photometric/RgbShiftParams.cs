namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled shifts of <c>rgb_shift</c>, as fractions of the maximum value.</summary>
/// <param name="R">Red shift (times 255 for bytes).</param>
/// <param name="G">Green shift.</param>
/// <param name="B">Blue shift.</param>
public sealed record RgbShiftParams(double R, double G, double B);
