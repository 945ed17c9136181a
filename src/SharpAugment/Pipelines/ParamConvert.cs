using System.Globalization;

namespace SharpAugment.Pipelines;

/// <summary>Converts between written argument values and typed option values, with range checks; the single place that knows the supported parameter types.</summary>
internal static class ParamConvert
{
    public static string FormatNumber(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    // The one table of supported parameter types: a new type is one entry here. Enums and nullable types are derived in Kind.
    private static readonly Dictionary<Type, ParamKind> Kinds = new()
    {
        [typeof(double)] = new("number", v => Number(v), x => new NumberValue((double)x), x => [(double)x]),
        [typeof(float)] = new("number", v => (float)Number(v), x => new NumberValue(Widen((float)x)), x => [(float)x]),
        [typeof(int)] = new("integer", v => Integer(v), x => new NumberValue((int)x), x => [(int)x]),
        [typeof(bool)] = new("true|false", Bool, x => new WordValue((bool)x ? "true" : "false")),
        [typeof(string)] = new("string", Text, x => Word((string)x)),
        [typeof(FloatRange)] = new("number or range lo..hi", Range, x => Write((FloatRange)x), x => Ends((FloatRange)x),
            x => ((FloatRange)x).Lo > ((FloatRange)x).Hi),
        [typeof(IntRange)] = new("integer or range lo..hi", IntegerRange, x => Write((IntRange)x), x => Ends((IntRange)x),
            x => ((IntRange)x).Lo > ((IntRange)x).Hi),
        [typeof(FloatRange[])] = new("[numbers or ranges]", v => Items(v).Select(ListedRange).ToArray(),
            x => List((FloatRange[])x, r => Write(r)), x => ((FloatRange[])x).SelectMany(Ends), x => ((FloatRange[])x).Any(r => r.Lo > r.Hi)),
        [typeof(double[])] = new("number or [list]", v => Items(v).Select(Number).ToArray(), x => List((double[])x, d => new NumberValue(d)), x => (double[])x),
        [typeof(float[])] = new("number or [list]", v => Items(v).Select(i => (float)Number(i)).ToArray(),
            x => List((float[])x, f => new NumberValue(Widen(f))), x => ((float[])x).Select(f => (double)f)),
        [typeof(int[])] = new("integer or [list]", v => Items(v).Select(Integer).ToArray(), x => List((int[])x, i => new NumberValue(i)), x => ((int[])x).Select(i => (double)i)),
        [typeof(string[])] = new("[list of words]", v => Items(v).Select(i => i is WordValue w ? w.Text : throw new FormatException()).ToArray(),
            x => List((string[])x, Word)),
        [typeof(IReadOnlyList<TransformSpec>)] = new("[list of transforms]", v => Items(v).Select(Transform).ToArray(),
            x => List((IReadOnlyList<TransformSpec>)x, s => new TransformValue(s))),
        [typeof(TransformSpec)] = new("transform", v => Transform(v), x => new TransformValue((TransformSpec)x)),
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ParamKind> Derived = new();

    /// <summary>The entry for a parameter type: from the table, or derived for enums and nullable types.</summary>
    private static ParamKind Kind(Type t)
    {
        if (Kinds.TryGetValue(t, out var kind))
        {
            return kind;
        }

        return Derived.GetOrAdd(t, static t =>
        {
            if (Nullable.GetUnderlyingType(t) is { } u)
            {
                var inner = Kind(u);
                return inner with
                {
                    Description = inner.Description + " or none",
                    Read = v => v is WordValue { Text: "none" or "null", Quoted: false } ? null : inner.Read(v),
                };
            }

            if (t.IsEnum)
            {
                return new ParamKind("one of " + string.Join("|", Enum.GetNames(t).Select(Naming.ToSnakeCase)), v => EnumValue(t, v),
                    x => new WordValue(Naming.ToSnakeCase(x.ToString()!)));
            }

            throw new NotSupportedException($"Parameter type {t} is not supported by the pipeline syntax.");
        });
    }

    public static string Describe(Type t) => Kinds.ContainsKey(t) || t.IsEnum || Nullable.GetUnderlyingType(t) is not null ? Kind(t).Description : t.Name;

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

    private static object? Convert(Type t, SpecValue v) => Kind(t).Read(v);

    private static object EnumValue(Type t, SpecValue v)
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

    private static object Bool(SpecValue v) => v switch
    {
        WordValue { Text: "true" or "True" } => true,
        WordValue { Text: "false" or "False" } => false,
        NumberValue { Value: 1 } => true,
        NumberValue { Value: 0 } => false,
        _ => throw new FormatException(),
    };

    private static object Text(SpecValue v) => v switch
    {
        WordValue w => w.Text,
        NumberValue n => n.ToString(),
        _ => throw new FormatException(),
    };

    private static object Range(SpecValue v) => v switch
    {
        NumberValue n => new FloatRange(n.Value, n.Value),
        RangeValue r => new FloatRange(r.Lo, r.Hi),
        ListValue { Items.Count: 2 } l => new FloatRange(Number(l.Items[0]), Number(l.Items[1])),
        _ => throw new FormatException(),
    };

    private static FloatRange ListedRange(SpecValue v) => v switch
    {
        NumberValue n => new FloatRange(n.Value, n.Value),
        RangeValue r => new FloatRange(r.Lo, r.Hi),
        _ => throw new FormatException(),
    };

    private static object IntegerRange(SpecValue v) => v switch
    {
        NumberValue => new IntRange(Integer(v), Integer(v)),
        RangeValue r => new IntRange(Integer(new NumberValue(r.Lo)), Integer(new NumberValue(r.Hi))),
        ListValue { Items.Count: 2 } l => new IntRange(Integer(l.Items[0]), Integer(l.Items[1])),
        _ => throw new FormatException(),
    };

    private static SpecValue Write(FloatRange r) => r.IsConstant ? new NumberValue(r.Lo) : new RangeValue(r.Lo, r.Hi);

    private static SpecValue Write(IntRange r) => r.IsConstant ? new NumberValue(r.Lo) : new RangeValue(r.Lo, r.Hi);

    private static IEnumerable<double> Ends(FloatRange r) => [r.Lo, r.Hi];

    private static IEnumerable<double> Ends(IntRange r) => [r.Lo, r.Hi];

    private static SpecValue Word(string s) => new WordValue(s, Quoted: !PipelineText.IsIdentifier(s));

    private static ListValue List<TItem>(IEnumerable<TItem> items, Func<TItem, SpecValue> write) => new(items.Select(write).ToArray());

    // A float is written as its shortest text, so 0.1f reads back as 0.1 rather than 0.10000000149011612.
    private static double Widen(float f) => double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

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

    /// <summary>Checks a typed value against its parameter's type and range directly, with the message a written value gets.</summary>
    public static void Check(string transform, ParamInfo p, object? value)
    {
        if (value is null)
        {
            if (!p.AllowsNone)
            {
                throw new TransformParameterException(transform, p.Name, "none", Describe(p.Type) + Bounds(p));
            }

            return;
        }

        if (value is Enum && !Enum.IsDefined(value.GetType(), value))
        {
            throw new TransformParameterException(transform, p.Name, value.ToString()!, Describe(p.Type) + Bounds(p));
        }

        CheckBounds(transform, p, value);
    }

    private static void CheckBounds(string transform, ParamInfo p, object? value, SpecValue? written = null)
    {
        if (value is null)
        {
            return;
        }

        var a = p.Attribute;
        var kind = Kind(p.Type);
        foreach (double d in kind.Numbers?.Invoke(value) ?? [])
        {
            bool bad = double.IsNaN(d) ||
                       (!double.IsNaN(a.Min) && (a.MinExclusive ? d <= a.Min : d < a.Min)) ||
                       (!double.IsNaN(a.Max) && d > a.Max);
            if (bad)
            {
                throw new TransformParameterException(transform, p.Name, Written(p, value, written),
                    p.RangeDescription.Length > 0 ? p.RangeDescription : "a finite number");
            }
        }

        if (kind.Reversed?.Invoke(value) == true)
        {
            throw new TransformParameterException(transform, p.Name, Written(p, value, written),
                value is Array ? "ranges lo..hi with lo <= hi" : "a range lo..hi with lo <= hi");
        }
    }

    // The value as the user wrote it, or as the text syntax would write a value set in code.
    private static string Written(ParamInfo p, object value, SpecValue? written) => (written ?? ToSpec(p.Type, value)).ToString()!;

    /// <summary>Writes a value of a parameter type in the pipeline syntax.</summary>
    public static SpecValue ToSpec(Type t, object? value) => value is null ? new WordValue("none") : Kind(t).Write(value);

    /// <summary>Whether two values of a parameter are the same setting (lists compare by their items).</summary>
    public static bool ValueEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (System.Collections.IEnumerable x, System.Collections.IEnumerable y) when a is not string => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => a.Equals(b),
    };
}
