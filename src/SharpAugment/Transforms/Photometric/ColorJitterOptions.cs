using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>color_jitter</c>, torchvision ColorJitter: a constant v means the range [max(0, 1-v), 1+v] (hue: [-v, v]); a range lo..hi is used as written; 0 disables the component.</summary>
public sealed record ColorJitterOptions : TransformOptions
{
    /// <summary>Brightness jitter.</summary>
    [Param("brightness jitter: v for [max(0,1-v), 1+v], or a factor range lo..hi", Min = 0)]
    public FloatRange Brightness { get; init; }

    /// <summary>Contrast jitter.</summary>
    [Param("contrast jitter: v for [max(0,1-v), 1+v], or a factor range lo..hi", Min = 0)]
    public FloatRange Contrast { get; init; }

    /// <summary>Saturation jitter.</summary>
    [Param("saturation jitter: v for [max(0,1-v), 1+v], or a factor range lo..hi", Min = 0)]
    public FloatRange Saturation { get; init; }

    /// <summary>Hue jitter.</summary>
    [Param("hue jitter: v in [0, 0.5] for [-v, v], or a range within [-0.5, 0.5]", Min = -0.5, Max = 0.5)]
    public FloatRange Hue { get; init; }

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Hue.IsConstant && Hue.Lo < 0)
        {
            throw new TransformParameterException(transform, "hue", Hue.ToString(), "a constant in [0, 0.5] or a range within [-0.5, 0.5]");
        }
    }

    /// <summary>The factor range torchvision derives from a written value, or null when the component is off ((1,1) for factors, (0,0) for hue).</summary>
    internal static FloatRange? FactorRange(FloatRange written)
    {
        var r = written.IsConstant ? new FloatRange(Math.Max(0, 1 - written.Lo), 1 + written.Lo) : written;
        return r.Lo == 1 && r.Hi == 1 ? null : r;
    }

    /// <summary>The hue range from a written value, or null when off.</summary>
    internal static FloatRange? HueRange(FloatRange written)
    {
        var r = written.IsConstant ? new FloatRange(-written.Lo, written.Lo) : written;
        return r.Lo == 0 && r.Hi == 0 ? null : r;
    }
}
