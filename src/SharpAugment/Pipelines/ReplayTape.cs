using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SharpAugment.Pipelines;

/// <summary>The JSON form of a record/replay tape, as manifests and the playground show it: per step the transform, whether it ran, the parameters record's type and its fields; read back, it replays the same parameters on another sample.</summary>
public static class ReplayTape
{
    /// <summary>Snake_case fields, and NaN or infinity written as named literals, so every record round-trips.</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes a tape: <c>{"transform": "rotate", "applied": true, "type": "RotateParams", "params": {"angle": 12.5}}</c> per step.</summary>
    public static JsonArray ToJson(IEnumerable<SampledStep> tape)
    {
        ArgumentNullException.ThrowIfNull(tape);
        var steps = new JsonArray();
        foreach (var s in tape)
        {
            var o = new JsonObject { ["transform"] = s.Transform, ["applied"] = s.Parameters is not null };
            switch (s.Parameters)
            {
                case null:
                    break;
                case RecordedParams r:
                    o["type"] = r.Type;
                    o["params"] = r.Fields.DeepClone();
                    break;
                case var p:
                    o["type"] = p.GetType().Name;
                    try
                    {
                        o["params"] = JsonSerializer.SerializeToNode(p, p.GetType(), Json);
                    }
                    catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
                    {
                        // A record holding something JSON cannot write still shows what was drawn; it is not replayable.
                        o["params"] = p.ToString();
                    }

                    break;
            }

            steps.Add(o);
        }

        return steps;
    }

    /// <summary>Reads a tape written by <see cref="ToJson"/>; each record is typed again when its transform replays it (<see cref="AugmentContext.ForReplay"/>).</summary>
    /// <exception cref="FormatException">A step is not of the written form.</exception>
    public static IReadOnlyList<SampledStep> FromJson(JsonArray steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var tape = new List<SampledStep>(steps.Count);
        foreach (var node in steps)
        {
            if (node is not JsonObject o || o["transform"]?.GetValueKind() != JsonValueKind.String || o["applied"] is not JsonValue applied)
            {
                throw new FormatException($"Replay tape step {tape.Count} is not {{\"transform\": name, \"applied\": true|false, ...}}.");
            }

            string transform = o["transform"]!.GetValue<string>();
            if (!applied.GetValue<bool>())
            {
                tape.Add(new SampledStep(transform, null));
                continue;
            }

            if (o["type"]?.GetValueKind() != JsonValueKind.String || o["params"] is not { } fields)
            {
                throw new FormatException($"Replay tape step {tape.Count} ({transform}) has no \"type\" and \"params\".");
            }

            tape.Add(new SampledStep(transform, new RecordedParams(o["type"]!.GetValue<string>(), fields.DeepClone())));
        }

        return tape;
    }
}
