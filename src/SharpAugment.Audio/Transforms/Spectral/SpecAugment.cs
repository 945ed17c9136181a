using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>SpecAugment (Park et al. 2019): time warp, then time masks, then frequency masks (torchaudio's order), with a named policy or explicit parameters.</summary>
public sealed class SpecAugment(SpecAugmentOptions options) : SampledTransform<Spectrogram, SpecAugmentOptions, SpecAugmentParams>("spec_augment", options)
{
    /// <inheritdoc/>
    public override SpecAugmentParams SampleParams(Spectrogram input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (w, f, mf, t, p, mt) = Options.Effective;
        var (center, shift) = SpecAugmentKernels.DrawWarp(rng, input.Frames, w);
        var masks = new List<Mask>();
        SpecAugmentKernels.DrawMasks(rng, input, MaskAxis.Time, mt, t, p, Options.IidMasks, masks);
        SpecAugmentKernels.DrawMasks(rng, input, MaskAxis.Frequency, mf, f, 1.0, Options.IidMasks, masks);
        return new SpecAugmentParams(center, shift, masks, Options.MaskValue == MaskValue.Mean ? SpecAugmentKernels.Mean(input.Values) : 0f);
    }

    /// <inheritdoc/>
    public override Spectrogram Apply(Spectrogram input, SpecAugmentParams parameters) => SpecAugmentKernels.Apply(input, parameters);
}
