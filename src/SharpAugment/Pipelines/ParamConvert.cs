using System.Globalization;

namespace SharpAugment.Pipelines;

/// <summary>Converts between written argument values and typed option values, with range checks; the single place that knows the supported parameter types.</summary>
internal static class ParamConvert
{
    public static string FormatNumber(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static string Describe(Type t)
    {
        var u = Nullable.GetUnderlyingType(t);
        if (u is not null)
        {
            return Describe(u) + " or none";
        }

        if (t.IsEnum)
        {
            return "one of " + string.Join("|", Enum.GetNames(t).Select(Naming.ToSnakeCase));
        }

        return t switch
        {
            _ when t == typeof(double) || t == typeof(float) => "number",
            _ when t == typeof(int) => "integer",
            _ when t == typeof(bool) => "true|false",
            _ when t == typeof(string) => "string",
            _ when t == typeof(FloatRange) => "number or range lo..hi",
            _ when t == typeof(IntRange) => "integer or range lo..hi",
            _ when t == typeof(FloatRange[]) => "[numbers or ranges]",
            _ when t == typeof(double[]) || t == typeof(float[]) => "number or [list]",
            _ when t == typeof(int[]) => "integer or [list]",
            _ when t == typeof(string[]) => "[list of words]",
            _ when t == typeof(IReadOnlyList<TransformSpec>) => "[list of transforms]",
            _ when t == typeof(TransformSpec) => "transform",
            _ => t.Name,
        };
    }

    public static object? FromSpec(string transform, ParamInfo p, SpecValue v)
    {
        try
        {
            var value = Convert(p.Type, v);
            CheckBounds(transform, p, value, v);
            return value;
        }
        catch (FormatException)
        {
            throw new TransformParameterException(transform, p.Name, v.ToString()!, Describe(p.Type) + Bounds(p));
        }
    }

    private static string Bounds(ParamInfo p) => p.RangeDescription.Length == 0 ? string.Empty : " in " + p.RangeDescription;

    private static object? Convert(Type t, SpecValue v)
    {
        var u = Nullable.GetUnderlyingType(t);
        if (u is not null)
        {
            return v is WordValue { Text: "none" or "null", Quoted: false } ? null : Convert(u, v);
        }

        if (t.IsEnum)
        {
            if (v is WordValue w)
            {
                foreach (var name in Enum.GetNames(t))
                {
                    if (string.Equals(Naming.ToSnakeCase(name), w.Text, StringComparison.OrdinalIgnoreCase) ||
                        string.Equals(name, w.Text, StringComparison.OrdinalIgnoreCase))
                    {
                        return Enum.Parse(t, name);
                    }
                }
            }

            throw new FormatException();
        }

        if (t == typeof(double))
        {
            return Number(v);
        }

        if (t == typeof(float))
        {
            return (float)Number(v);
        }

        if (t == typeof(int))
        {
            return Integer(v);
        }

        if (t == typeof(bool))
        {
            return v switch
            {
                WordValue { Text: "true" or "True" } => true,
                WordValue { Text: "false" or "False" } => false,
                NumberValue { Value: 1 } => true,
                NumberValue { Value: 0 } => false,
                _ => throw new FormatException(),
            };
        }

        if (t == typeof(string))
        {
            return v switch
            {
                WordValue w => w.Text,
                NumberValue n => n.ToString(),
                _ => throw new FormatException(),
            };
        }

        if (t == typeof(FloatRange))
        {
            return v switch
            {
                NumberValue n => new FloatRange(n.Value, n.Value),
                RangeValue r => new FloatRange(r.Lo, r.Hi),
                ListValue { Items.Count: 2 } l => new FloatRange(Number(l.Items[0]), Number(l.Items[1])),
                _ => throw new FormatException(),
            };
        }

        if (t == typeof(IntRange))
        {
            return v switch
            {
                NumberValue => new IntRange(Integer(v), Integer(v)),
                RangeValue r => new IntRange(Integer(new NumberValue(r.Lo)), Integer(new NumberValue(r.Hi))),
                ListValue { Items.Count: 2 } l => new IntRange(Integer(l.Items[0]), Integer(l.Items[1])),
                _ => throw new FormatException(),
            };
        }

        if (t == typeof(FloatRange[]))
        {
            return Items(v).Select(i => i switch
            {
                NumberValue n => new FloatRange(n.Value, n.Value),
                RangeValue r => new FloatRange(r.Lo, r.Hi),
                _ => throw new FormatException(),
            }).ToArray();
        }

        if (t == typeof(double[]))
        {
            return Items(v).Select(Number).ToArray();
        }

        if (t == typeof(float[]))
        {
            return Items(v).Select(i => (float)Number(i)).ToArray();
        }

        if (t == typeof(int[]))
        {
            return Items(v).Select(Integer).ToArray();
        }

        if (t == typeof(string[]))
        {
            return Items(v).Select(i => i is WordValue w ? w.Text : throw new FormatException()).ToArray();
        }

        if (t == typeof(IReadOnlyList<TransformSpec>))
        {
            return Items(v).Select(Transform).ToArray();
        }

        if (t == typeof(TransformSpec))
        {
            return Transform(v);
        }

        throw new NotSupportedException($"Parameter type {t} is not supported by the pipeline syntax.");
    }

    private static IReadOnlyList<SpecValue> Items(SpecValue v) => v is ListValue l ? l.Items : [v];

    private static TransformSpec Transform(SpecValue v) => v switch
    {
        TransformValue t => t.Spec,
        WordValue { Quoted: false } w => new TransformSpec(w.Text),
        _ => throw new FormatException(),
    };

    private static double Number(SpecValue v) => v is NumberValue n ? n.Value : throw new FormatException();

    private static int Integer(SpecValue v)
    {
        double d = Number(v);
        if (d != Math.Floor(d) || d < int.MinValue || d > int.MaxValue)
        {
            throw new FormatException();
        }

        return (int)d;
    }

    private static void CheckBounds(string transform, ParamInfo p, object? value, SpecValue written)
    {
        var a = p.Attribute;
        if (value is null)
        {
            return;
        }

        IEnumerable<double> numbers = value switch
        {
            double d => [d],
            float f => [f],
            int i => [i],
            FloatRange r => [r.Lo, r.Hi],
            IntRange r => [r.Lo, r.Hi],
            FloatRange[] arr => arr.SelectMany(r => new[] { r.Lo, r.Hi }),
            double[] arr => arr,
            float[] arr => arr.Select(x => (double)x),
            int[] arr => arr.Select(x => (double)x),
            _ => [],
        };
        foreach (double d in numbers)
        {
            bool bad = double.IsNaN(d) ||
                       (!double.IsNaN(a.Min) && (a.MinExclusive ? d <= a.Min : d < a.Min)) ||
                       (!double.IsNaN(a.Max) && d > a.Max);
            if (bad)
            {
                throw new TransformParameterException(transform, p.Name, written.ToString()!,
                    p.RangeDescription.Length > 0 ? p.RangeDescription : "a finite number");
            }
        }

        if (value is FloatRange fr && fr.Lo > fr.Hi)
        {
            throw new TransformParameterException(transform, p.Name, written.ToString()!, "a range lo..hi with lo <= hi");
        }

        if (value is FloatRange[] frs && frs.Any(r => r.Lo > r.Hi))
        {
            throw new TransformParameterException(transform, p.Name, written.ToString()!, "ranges lo..hi with lo <= hi");
        }

        if (value is IntRange ir && ir.Lo > ir.Hi)
        {
            throw new TransformParameterException(transform, p.Name, written.ToString()!, "a range lo..hi with lo <= hi");
        }
    }

    public static SpecValue ToSpec(object? value) => value switch
    {
        null => new WordValue("none"),
        double d => new NumberValue(d),
        float f => new NumberValue(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        int i => new NumberValue(i),
        bool b => new WordValue(b ? "true" : "false"),
        string s => new WordValue(s, Quoted: !PipelineText.IsIdentifier(s)),
        Enum e => new WordValue(Naming.ToSnakeCase(e.ToString())),
        FloatRange r => r.IsConstant ? new NumberValue(r.Lo) : new RangeValue(r.Lo, r.Hi),
        IntRange r => r.IsConstant ? new NumberValue(r.Lo) : new RangeValue(r.Lo, r.Hi),
        double[] arr => new ListValue(arr.Select(x => (SpecValue)new NumberValue(x)).ToArray()),
        FloatRange[] arr => new ListValue(arr.Select(x => ToSpec(x)).ToArray()),
        float[] arr => new ListValue(arr.Select(x => ToSpec(x)).ToArray()),
        int[] arr => new ListValue(arr.Select(x => (SpecValue)new NumberValue(x)).ToArray()),
        string[] arr => new ListValue(arr.Select(x => ToSpec(x)).ToArray()),
        IReadOnlyList<TransformSpec> list => new ListValue(list.Select(x => (SpecValue)new TransformValue(x)).ToArray()),
        TransformSpec s => new TransformValue(s),
        _ => throw new NotSupportedException($"Parameter value of type {value.GetType()} is not supported by the pipeline syntax."),
    };

    public static bool ValueEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (double[] x, double[] y) => x.AsSpan().SequenceEqual(y),
        (FloatRange[] x, FloatRange[] y) => x.AsSpan().SequenceEqual(y),
        (float[] x, float[] y) => x.AsSpan().SequenceEqual(y),
        (int[] x, int[] y) => x.AsSpan().SequenceEqual(y),
        (string[] x, string[] y) => x.SequenceEqual(y),
        (IReadOnlyList<TransformSpec> x, IReadOnlyList<TransformSpec> y) => x.SequenceEqual(y),
        _ => a.Equals(b),
    };
}
