namespace SharpAugment.Transforms.Quality;

/// <summary>The sampled parameters of <c>chromatic_aberration</c>: the lens distortion coefficients of the red and blue channels.</summary>
/// <param name="PrimaryRed">k1 of red.</param>
/// <param name="SecondaryRed">k2 of red.</param>
/// <param name="PrimaryBlue">k1 of blue.</param>
/// <param name="SecondaryBlue">k2 of blue.</param>
public sealed record ChromaticAberrationParams(double PrimaryRed, double SecondaryRed, double PrimaryBlue, double SecondaryBlue);
