using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Parameter checks shared by the geometric transforms.</summary>
internal static class GeometricChecks
{
    public static void CheckCenter(string transform, double[] center)
    {
        if (center.Length is not (0 or 2))
        {
            throw new TransformParameterException(transform, "center", $"{center.Length} values", "empty or [x, y]");
        }
    }

    public static void CheckFinite(string transform, string parameter, FloatRange r)
    {
        if (!double.IsFinite(r.Lo) || !double.IsFinite(r.Hi))
        {
            throw new TransformParameterException(transform, parameter, r.ToString(), "finite numbers");
        }
    }

    public static void CheckPair(string transform, string parameter, FloatRange[] pair)
    {
        if (pair.Length > 2)
        {
            throw new TransformParameterException(transform, parameter, $"{pair.Length} values", "one value (x) or two values [x, y]");
        }

        foreach (var r in pair)
        {
            CheckFinite(transform, parameter, r);
        }
    }

    public static void CheckSize(string transform, string parameter, int value)
    {
        if (value < 1)
        {
            throw new TransformParameterException(transform, parameter, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a whole number >= 1");
        }
    }
}
