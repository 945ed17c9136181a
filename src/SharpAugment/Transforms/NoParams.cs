namespace SharpAugment.Transforms;

/// <summary>The sampled parameters of a deterministic transform: there is nothing to draw.</summary>
public sealed record NoParams
{
    /// <summary>The single instance.</summary>
    public static NoParams Instance { get; } = new();
}
