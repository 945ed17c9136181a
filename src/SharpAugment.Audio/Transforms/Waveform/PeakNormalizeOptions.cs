using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>peak_normalize</c> (audiomentations Normalize; the image transform <c>normalize</c> is torchvision's).</summary>
public sealed record PeakNormalizeOptions : TransformOptions;
