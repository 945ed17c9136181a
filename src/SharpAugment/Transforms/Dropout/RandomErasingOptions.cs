using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Dropout;

/// <summary>Options of <c>random_erasing</c> (torchvision RandomErasing; default p 0.5).</summary>
public sealed record RandomErasingOptions : TransformOptions
{
    /// <summary>torchvision's default probability.</summary>
    public RandomErasingOptions() => P = 0.5;

    /// <summary>Erased area as a fraction of the image, drawn uniformly.</summary>
    [Param("erased area as a fraction of the image area, range lo..hi", Min = 0, Max = 1)]
    public FloatRange Scale { get; init; } = new(0.02, 0.33);

    /// <summary>Aspect ratio (height / width as torchvision computes it), drawn log-uniformly.</summary>
    [Param("aspect ratio range of the erased rectangle, drawn log-uniformly", Min = 0, MinExclusive = true)]
    public FloatRange Ratio { get; init; } = new(0.3, 3.3);

    /// <summary>Fill value, one or per channel, in 0..255 units (float images use value/255).</summary>
    [Param("fill value in 0..255 units, one or one per channel (float images use value/255)", Min = 0, Max = 255)]
    public double[] Value { get; init; } = [0];

    /// <summary>Constant fill or torchvision's value='random' (per-element N(0, 1)).</summary>
    [Param("constant (value) or random (per-element N(0,1) as torchvision value='random')")]
    public FillMode ValueMode { get; init; } = FillMode.Constant;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (ValueMode == FillMode.RandomUniform)
        {
            throw new TransformParameterException(transform, "value_mode", "random_uniform", "constant or random");
        }

        if (Value is null || Value.Length is < 1 or > 4)
        {
            throw new TransformParameterException(transform, "value", Value is null ? "none" : Value.Length + " values", "1 to 4 values");
        }
    }
}
