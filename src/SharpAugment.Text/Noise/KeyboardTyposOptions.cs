using SharpAugment.Pipelines;

namespace SharpAugment.Text.Noise;

/// <summary>Options of <c>keyboard_typos</c>: nlpaug KeyboardAug's defaults.</summary>
public sealed record KeyboardTyposOptions : CharNoiseOptions
{
    /// <summary>Whether punctuation keys may be typed and punctuation tokens chosen.</summary>
    [Param("allow punctuation keys as typos (and punctuation tokens)")]
    public bool IncludeSpecialChar { get; init; } = true;

    /// <summary>Whether digit keys may be typed.</summary>
    [Param("allow digit keys as typos")]
    public bool IncludeNumeric { get; init; } = true;

    /// <summary>Whether shifted (upper-case) neighbours may be typed.</summary>
    [Param("allow upper-case neighbours as typos")]
    public bool IncludeUpperCase { get; init; } = true;
}
