using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>SpecAugment time warp: a frame c in [W, frames - W) moves by up to W frames and both sides stretch linearly to follow.</summary>
public sealed class TimeWarp(TimeWarpOptions options) : SampledTransform<Spectrogram, TimeWarpOptions, SpecAugmentParams>("time_warp", options)
{
    /// <inheritdoc/>
    public override SpecAugmentParams SampleParams(Spectrogram input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (center, shift) = SpecAugmentKernels.DrawWarp(rng, input.Frames, Options.W);
        return new SpecAugmentParams(center, shift, [], 0f);
    }

    /// <inheritdoc/>
    public override Spectrogram Apply(Spectrogram input, SpecAugmentParams parameters) => SpecAugmentKernels.Apply(input, parameters);
}
