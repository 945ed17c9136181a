using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpAugment.Pipelines;

/// <summary>The JSON form of a pipeline: <c>{"name": "rotate", "angle": {"min": -30, "max": 30}}</c>, children under <c>"transforms"</c>.</summary>
public static class PipelineJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes a spec as JSON.</summary>
    public static string Format(TransformSpec spec, bool indented = true) => ToNode(spec).ToJsonString(indented ? Indented : null);

    /// <summary>Reads a spec from JSON; a list at the top level is a compose.</summary>
    /// <exception cref="FormatException">The JSON is not a pipeline.</exception>
    public static TransformSpec Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("pipeline JSON is not valid JSON: " + e.Message, e);
        }

        return node switch
        {
            JsonArray a => new TransformSpec("compose", a.Select(i => new SpecArgument(null, new TransformValue(ReadSpec(i)))).ToArray()),
            _ => ReadSpec(node),
        };
    }

    /// <summary>The JSON node of a spec.</summary>
    public static JsonObject ToNode(TransformSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var o = new JsonObject { ["name"] = spec.Name };
        var positional = spec.Arguments.Where(a => a.Key is null).Select(a => a.Value).ToArray();
        if (positional.Length > 0)
        {
            o["transforms"] = new JsonArray(positional.Select(ValueNode).ToArray());
        }

        foreach (var a in spec.Arguments.Where(a => a.Key is not null))
        {
            o[a.Key!] = ValueNode(a.Value);
        }

        return o;
    }

    private static JsonNode? ValueNode(SpecValue v) => v switch
    {
        NumberValue n => JsonValue.Create(n.Value),
        RangeValue r => new JsonObject { ["min"] = r.Lo, ["max"] = r.Hi },
        ListValue l => new JsonArray(l.Items.Select(ValueNode).ToArray()),
        WordValue { Text: "true", Quoted: false } => JsonValue.Create(true),
        WordValue { Text: "false", Quoted: false } => JsonValue.Create(false),
        WordValue { Text: "none", Quoted: false } => null,
        WordValue w => JsonValue.Create(w.Text),
        TransformValue t => ToNode(t.Spec),
        _ => throw new NotSupportedException(v.GetType().Name),
    };

    private static TransformSpec ReadSpec(JsonNode? node)
    {
        if (node is JsonValue sv && sv.TryGetValue(out string? bare))
        {
            return new TransformSpec(bare);
        }

        if (node is not JsonObject o || o["name"] is not JsonValue nv || !nv.TryGetValue(out string? name))
        {
            throw new FormatException("each pipeline step must be a JSON object with a string \"name\" (or a bare name string)");
        }

        var args = new List<SpecArgument>();
        foreach (var (key, value) in o)
        {
            if (key == "name")
            {
                continue;
            }

            if (key == "transforms" && value is JsonArray children)
            {
                args.AddRange(children.Select(c => new SpecArgument(null, new TransformValue(ReadSpec(c)))));
                continue;
            }

            args.Add(new SpecArgument(key, ReadValue(value)));
        }

        return new TransformSpec(name, args);
    }

    private static SpecValue ReadValue(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return new WordValue("none");
            case JsonArray a:
                return new ListValue(a.Select(ReadValue).ToArray());
            case JsonObject o when o.ContainsKey("name"):
                return new TransformValue(ReadSpec(o));
            case JsonObject o when o["min"] is JsonValue lo && o["max"] is JsonValue hi:
                return new RangeValue(lo.GetValue<double>(), hi.GetValue<double>());
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return new NumberValue(v.GetValue<double>());
            case JsonValue v when v.GetValueKind() == JsonValueKind.True:
                return new WordValue("true");
            case JsonValue v when v.GetValueKind() == JsonValueKind.False:
                return new WordValue("false");
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                string s = v.GetValue<string>();
                return new WordValue(s, Quoted: !PipelineText.IsIdentifier(s));
            default:
                throw new FormatException("unsupported JSON value in a pipeline: " + node.ToJsonString());
        }
    }
}
