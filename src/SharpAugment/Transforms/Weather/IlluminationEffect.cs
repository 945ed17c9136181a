namespace SharpAugment.Transforms.Weather;

/// <summary>Whether <c>illumination</c> brightens, darkens, or picks one at random.</summary>
public enum IlluminationEffect
{
    /// <summary>Positive intensity.</summary>
    Brighten,

    /// <summary>Negative intensity.</summary>
    Darken,

    /// <summary>Either, with probability one half.</summary>
    Both,
}
