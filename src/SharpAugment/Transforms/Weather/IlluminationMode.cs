namespace SharpAugment.Transforms.Weather;

/// <summary>The light pattern of <c>illumination</c>.</summary>
public enum IlluminationMode
{
    /// <summary>A linear gradient at an angle.</summary>
    Linear,

    /// <summary>Falloff with the distance from one corner.</summary>
    Corner,

    /// <summary>A Gaussian spot.</summary>
    Gaussian,
}
