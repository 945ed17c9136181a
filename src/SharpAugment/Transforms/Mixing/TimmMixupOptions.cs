using System.Globalization;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Options of <c>timm_mixup</c>, named as timm's <c>Mixup</c> arguments with timm's defaults.</summary>
public sealed record TimmMixupOptions : TransformOptions
{
    /// <summary>Mixup's Beta parameter; 0 disables Mixup.</summary>
    [Param("mixup lambda ~ Beta(a, a); 0 disables mixup", Min = 0)]
    public double MixupAlpha { get; init; } = 1.0;

    /// <summary>CutMix's Beta parameter; 0 disables CutMix.</summary>
    [Param("cutmix lambda ~ Beta(a, a); 0 disables cutmix", Min = 0)]
    public double CutmixAlpha { get; init; }

    /// <summary>Box side ratios lo..hi of the image side; when set, CutMix ignores lambda for the box and alpha becomes 1 (as timm).</summary>
    [Param("cutmix box side as a fraction of the image side, lo..hi; none uses lambda", Min = 0, Max = 1)]
    public FloatRange? CutmixMinmax { get; init; }

    /// <summary>The probability of mixing a batch, pair or element.</summary>
    [Param("probability of mixing per batch, pair or element", Min = 0, Max = 1)]
    public double Prob { get; init; } = 1.0;

    /// <summary>The probability of CutMix rather than Mixup when both are enabled.</summary>
    [Param("probability of cutmix instead of mixup when both are on", Min = 0, Max = 1)]
    public double SwitchProb { get; init; } = 0.5;

    /// <summary>batch, pair or elem.</summary>
    [Param("batch, pair or elem")]
    public MixMode Mode { get; init; } = MixMode.Batch;

    /// <summary>Whether CutMix's lambda is recomputed from the clipped box.</summary>
    [Param("recompute cutmix lambda from the clipped box")]
    public bool CorrectLam { get; init; } = true;

    /// <summary>Label smoothing applied to the batch's labels before mixing (timm's mixup_target).</summary>
    [Param("label smoothing applied before mixing", Min = 0, Max = 1)]
    public double LabelSmoothing { get; init; } = 0.1;

    /// <summary>The CutMix alpha in effect: timm forces 1.0 when cutmix_minmax is set.</summary>
    public double EffectiveCutmixAlpha => CutmixMinmax is null ? CutmixAlpha : 1.0;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (MixupAlpha <= 0 && CutmixAlpha <= 0 && CutmixMinmax is null)
        {
            throw new TransformParameterException(transform, "mixup_alpha", MixupAlpha.ToString("R", CultureInfo.InvariantCulture),
                "mixup_alpha > 0, cutmix_alpha > 0 or cutmix_minmax set (one of them must enable mixing)");
        }

        if (CutmixMinmax is { } mm && !(mm.Lo < mm.Hi))
        {
            throw new TransformParameterException(transform, "cutmix_minmax", mm.ToString(), "a range lo..hi with lo < hi within 0..1");
        }

        if (LabelSmoothing >= 1)
        {
            throw new TransformParameterException(transform, "label_smoothing", LabelSmoothing.ToString("R", CultureInfo.InvariantCulture), "[0, 1)");
        }
    }
}
