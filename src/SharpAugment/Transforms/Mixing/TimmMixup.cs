using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Mixing;

/// <summary>timm's Mixup/CutMix: partner N-1-i, Mixup or CutMix switched by switch_prob, applied with prob per batch, pair or element, labels smoothed then mixed.</summary>
public sealed class TimmMixup(TimmMixupOptions options) : BatchTransform<TimmMixupOptions, TimmMixupParams>("timm_mixup", options)
{
    /// <inheritdoc/>
    protected override void CheckInput(ImageBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (Options.Mode == MixMode.Pair && batch.Count % 2 != 0)
        {
            throw new ArgumentException($"timm_mixup: mode=pair needs an even batch size; got {batch.Count}.", nameof(batch));
        }
    }

    /// <inheritdoc/>
    public override TimmMixupParams SampleParams(ImageBatch batch, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rng);
        int draws = Options.Mode switch
        {
            MixMode.Batch => 1,
            MixMode.Pair => batch.Count / 2,
            _ => batch.Count,
        };
        var mixes = new TimmMix[draws];
        for (int i = 0; i < draws; i++)
        {
            mixes[i] = Draw(batch.Width, batch.Height, rng);
        }

        return new TimmMixupParams(mixes);
    }

    private TimmMix Draw(int width, int height, Rng rng)
    {
        double mixupAlpha = Options.MixupAlpha;
        double cutmixAlpha = Options.EffectiveCutmixAlpha;
        if (!rng.Bernoulli(Options.Prob))
        {
            return new TimmMix(1.0, null);
        }

        bool useCutmix = mixupAlpha > 0 && cutmixAlpha > 0 ? rng.Bernoulli(Options.SwitchProb) : cutmixAlpha > 0;
        double lambda = useCutmix ? rng.Beta(cutmixAlpha, cutmixAlpha) : rng.Beta(mixupAlpha, mixupAlpha);
        if (!useCutmix)
        {
            return new TimmMix(lambda, null);
        }

        // timm's cutmix_bbox_and_lam: the min/max box always recomputes lambda, the lambda box only when correct_lam.
        MixBox box;
        if (Options.CutmixMinmax is { } mm)
        {
            box = CutMixBoxes.TimmMinMax(width, height, mm.Lo, mm.Hi, rng);
            lambda = box.KeptFraction(width, height);
        }
        else
        {
            box = CutMixBoxes.Timm(width, height, lambda, rng);
            if (Options.CorrectLam)
            {
                lambda = box.KeptFraction(width, height);
            }
        }

        return new TimmMix(lambda, box);
    }

    /// <inheritdoc/>
    public override ImageBatch Apply(ImageBatch batch, TimmMixupParams parameters)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(parameters);
        int n = batch.Count;
        int k = batch.NumClasses;
        var smoothed = batch.Labels.ToArray();
        for (int i = 0; i < n; i++)
        {
            SoftLabels.Smooth(smoothed.AsSpan(i * k, k), Options.LabelSmoothing);
        }

        var samples = new Sample[n];
        var labels = new float[smoothed.Length];
        for (int i = 0; i < n; i++)
        {
            int j = BatchMixing.FlipPartner(i, n);
            var mix = MixFor(i, n, parameters);
            var own = batch.Samples[i];
            var partner = batch.Samples[j];
            samples[i] = mix.Lambda == 1.0 ? own
                : mix.Box is { } box ? SampleMixing.Paste(own, partner, box)
                : SampleMixing.Blend(own, partner, mix.Lambda);
            SoftLabels.Mix(smoothed.AsSpan(i * k, k), smoothed.AsSpan(j * k, k), mix.Lambda, labels.AsSpan(i * k, k));
        }

        return batch.With(samples, labels);
    }

    private TimmMix MixFor(int i, int n, TimmMixupParams parameters)
    {
        int expected = Options.Mode switch { MixMode.Batch => 1, MixMode.Pair => n / 2, _ => n };
        if (parameters.Mixes.Count != expected)
        {
            throw new ArgumentException($"timm_mixup: the parameters hold {parameters.Mixes.Count} draws; mode={Options.Mode.ToString().ToLowerInvariant()} on {n} samples needs {expected}.", nameof(parameters));
        }

        return Options.Mode switch
        {
            MixMode.Batch => parameters.Mixes[0],
            MixMode.Pair => parameters.Mixes[Math.Min(i, n - 1 - i)],
            _ => parameters.Mixes[i],
        };
    }
}
