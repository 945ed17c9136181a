using SharpAugment.Transforms;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>SpecAugment time masks: runs of frames set to zero or the mean, with torchaudio's sampling rule.</summary>
public sealed class TimeMasking(TimeMaskingOptions options) : SampledTransform<Spectrogram, TimeMaskingOptions, SpecAugmentParams>("time_masking", options)
{
    /// <inheritdoc/>
    public override SpecAugmentParams SampleParams(Spectrogram input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(input);
        var masks = new List<Mask>();
        SpecAugmentKernels.DrawMasks(rng, input, MaskAxis.Time, Options.Count, Options.TimeMaskParam, Options.MaxProportion, Options.IidMasks, masks);
        return new SpecAugmentParams(0, 0, masks, Options.MaskValue == MaskValue.Mean ? SpecAugmentKernels.Mean(input.Values) : 0f);
    }

    /// <inheritdoc/>
    public override Spectrogram Apply(Spectrogram input, SpecAugmentParams parameters) => SpecAugmentKernels.Apply(input, parameters);
}
