using SharpAugment.Pipelines;

namespace SharpAugment.Tabular.Augmenters;

/// <summary>Options of <c>tabular_rotate</c>.</summary>
public sealed record TabularRotateOptions : TransformOptions
{
    /// <summary>The angle in degrees, counter-clockwise in the (first column, second column) plane; a range draws one angle per row.</summary>
    [Param("angle in degrees, counter-clockwise; a range draws one angle per row")]
    public FloatRange Angle { get; init; } = new(-10, 10);

    /// <summary>The two numeric columns that form the rotated plane.</summary>
    [Param("the two numeric columns [x, y] that form the rotated plane")]
    public int[] Columns { get; init; } = [0, 1];

    /// <summary>The rotation centre in those two columns' units.</summary>
    [Param("rotation centre [x, y] in the columns' units")]
    public double[] Center { get; init; } = [0, 0];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        base.Validate(transform);
        if (!double.IsFinite(Angle.Lo) || !double.IsFinite(Angle.Hi))
        {
            throw new TransformParameterException(transform, "angle", Angle.ToString(), "finite numbers");
        }

        if (Columns.Length != 2 || Columns[0] < 0 || Columns[1] < 0 || Columns[0] == Columns[1])
        {
            throw new TransformParameterException(transform, "columns", "[" + string.Join(", ", Columns) + "]", "two different numeric column indices [x, y] >= 0");
        }

        if (Center.Length != 2 || !double.IsFinite(Center[0]) || !double.IsFinite(Center[1]))
        {
            throw new TransformParameterException(transform, "center", "[" + string.Join(", ", Center) + "]", "two finite numbers [x, y]");
        }
    }
}
