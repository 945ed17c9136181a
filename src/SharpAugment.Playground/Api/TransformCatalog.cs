using System.Text.Json.Nodes;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Playground.Api;

/// <summary>The body of <c>GET /api/transforms</c>: every image transform with its group, magnitude and parameter schema, so the page builds its controls from the registry.</summary>
public static class TransformCatalog
{
    /// <summary>One JSON object per transform that acts on an image sample, in the order of <c>sharpaugment list</c>.</summary>
    public static JsonArray Build(TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var list = new JsonArray();
        foreach (var d in registry.Descriptors.Where(d => d.TargetType == typeof(Sample)))
        {
            var parameters = new JsonArray();
            foreach (var p in d.Schema.Parameters)
            {
                parameters.Add(Describe(p));
            }

            list.Add(new JsonObject
            {
                ["name"] = d.Name,
                ["group"] = d.Group,
                ["description"] = d.Summary,
                ["magnitude"] = d.Magnitude?.IsDefined == true,
                ["magnitude_note"] = d.Magnitude?.NoneReason,
                ["parameters"] = parameters,
            });
        }

        return list;
    }

    private static JsonObject Describe(ParamInfo p)
    {
        var t = Nullable.GetUnderlyingType(p.Type) ?? p.Type;
        var o = new JsonObject
        {
            ["name"] = p.Name,
            ["type"] = Kind(t),
            ["type_description"] = p.TypeDescription,
            ["default"] = p.DefaultText,
            ["help"] = p.Attribute.Help,
            ["min"] = double.IsNaN(p.Attribute.Min) ? null : p.Attribute.Min,
            ["max"] = double.IsNaN(p.Attribute.Max) ? null : p.Attribute.Max,
            ["min_exclusive"] = p.Attribute.MinExclusive,
            ["nullable"] = Nullable.GetUnderlyingType(p.Type) is not null,
        };
        if (t.IsEnum)
        {
            o["values"] = new JsonArray([.. Enum.GetNames(t).Select(n => (JsonNode)Naming.ToSnakeCase(n))]);
        }

        return o;
    }

    // The control the page draws: a slider for bounded scalars, a select for enums, a checkbox for booleans, text for the rest.
    private static string Kind(Type t) => t switch
    {
        _ when t.IsEnum => "enum",
        _ when t == typeof(bool) => "bool",
        _ when t == typeof(double) || t == typeof(float) => "number",
        _ when t == typeof(int) => "integer",
        _ when t == typeof(FloatRange) => "range",
        _ when t == typeof(IntRange) => "int_range",
        _ when t == typeof(string) => "string",
        _ when t.IsArray => "list",
        _ => "text",
    };
}
