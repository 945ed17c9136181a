using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>to_sepia</c> (Albumentations ToSepia, default p 0.5).</summary>
public sealed record ToSepiaOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public ToSepiaOptions() => P = 0.5;
}
