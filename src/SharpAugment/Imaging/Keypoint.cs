namespace SharpAugment.Imaging;

/// <summary>A keypoint in pixel coordinates (continuous: pixel i spans [i, i+1)), with optional orientation and scale and a class label.</summary>
/// <param name="X">Horizontal position.</param>
/// <param name="Y">Vertical position.</param>
/// <param name="Angle">Orientation in degrees, counter-clockwise from +x (as Albumentations).</param>
/// <param name="Scale">Scale, multiplied by the transform's scale.</param>
/// <param name="Label">Class id; flips map it through the sample's swap table (left eye to right eye).</param>
public readonly record struct Keypoint(float X, float Y, float Angle = 0, float Scale = 1, int Label = 0);
