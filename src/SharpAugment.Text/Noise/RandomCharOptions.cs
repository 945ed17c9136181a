using SharpAugment.Pipelines;

namespace SharpAugment.Text.Noise;

/// <summary>Options of <c>random_char</c>: nlpaug RandomCharAug's defaults.</summary>
public sealed record RandomCharOptions : CharNoiseOptions
{
    /// <summary>Insert, substitute, swap or delete.</summary>
    [Param("what happens to each chosen character")]
    public RandomCharAction Action { get; init; } = RandomCharAction.Substitute;

    /// <summary>Swap partner rule.</summary>
    [Param("swap partner: adjacent, middle (not first/last) or random")]
    public SwapMode SwapMode { get; init; } = SwapMode.Adjacent;

    /// <summary>Whether A-Z may be inserted or substituted.</summary>
    [Param("draw from A-Z")]
    public bool IncludeUpperCase { get; init; } = true;

    /// <summary>Whether a-z may be inserted or substituted.</summary>
    [Param("draw from a-z")]
    public bool IncludeLowerCase { get; init; } = true;

    /// <summary>Whether 0-9 may be inserted or substituted.</summary>
    [Param("draw from 0-9")]
    public bool IncludeNumeric { get; init; } = true;

    /// <summary>Further characters to draw from.</summary>
    [Param("further characters to draw from")]
    public string SpecChar { get; init; } = "!@#$%^&*()_+";

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (!IncludeUpperCase && !IncludeLowerCase && !IncludeNumeric && SpecChar.Length == 0 && Action is RandomCharAction.Insert or RandomCharAction.Substitute)
        {
            throw new TransformParameterException(transform, "spec_char", "\"\"", "some characters to draw from (or include_upper_case, include_lower_case, include_numeric)");
        }
    }
}
