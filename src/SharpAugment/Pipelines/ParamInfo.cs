using System.Reflection;

namespace SharpAugment.Pipelines;

/// <summary>One parameter of a transform as the registry sees it: name, type, default, range and help.</summary>
public sealed class ParamInfo
{
    internal ParamInfo(PropertyInfo property, ParamAttribute attribute, object? defaultValue)
    {
        Property = property;
        Attribute = attribute;
        Default = defaultValue;
        Name = Naming.ToSnakeCase(property.Name);
        AllowsNone = Nullable.GetUnderlyingType(property.PropertyType) is not null ||
                     new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;
    }

    /// <summary>Whether <c>none</c> is a value of this parameter (a nullable property).</summary>
    public bool AllowsNone { get; }

    /// <summary>The snake_case name used in text and JSON.</summary>
    public string Name { get; }

    /// <summary>The options property it binds to.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The declared help and bounds.</summary>
    public ParamAttribute Attribute { get; }

    /// <summary>The value a freshly constructed options record has.</summary>
    public object? Default { get; }

    /// <summary>The default as the text syntax writes it.</summary>
    public string DefaultText => PipelineText.FormatValue(ParamConvert.ToSpec(Type, Default));

    /// <summary>The CLR type of the parameter.</summary>
    public Type Type => Property.PropertyType;

    /// <summary>A short type description for listings (<c>float or range</c>, <c>enum: nearest|bilinear</c>).</summary>
    public string TypeDescription => ParamConvert.Describe(Type);

    /// <summary>The numeric range as text, such as <c>[0, 1]</c>, or an empty string when unbounded.</summary>
    public string RangeDescription
    {
        get
        {
            bool hasMin = !double.IsNaN(Attribute.Min), hasMax = !double.IsNaN(Attribute.Max);
            if (!hasMin && !hasMax)
            {
                return string.Empty;
            }

            string lo = hasMin ? ParamConvert.FormatNumber(Attribute.Min) : "-inf";
            string hi = hasMax ? ParamConvert.FormatNumber(Attribute.Max) : "inf";
            return (Attribute.MinExclusive ? "(" : "[") + lo + ", " + hi + (hasMax ? "]" : ")");
        }
    }
}
