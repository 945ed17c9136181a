using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>One line of <c>manifest.jsonl</c>: which input made which output, with the seed, the stream and the sampled parameters, for audit and replay.</summary>
/// <param name="Source">The input image, relative to the source root.</param>
/// <param name="Copy">The copy index k (the Rng epoch), or null for an unchanged original.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Stream">The Rng index (a hash of <paramref name="Source"/>): <c>Rng.ForSample(Seed, Copy, Stream)</c> replays the draws.</param>
/// <param name="Output">What was written.</param>
/// <param name="Steps">The sampled parameters of every step, as JSON (null for originals).</param>
public sealed record ManifestEntry(string Source, int? Copy, ulong Seed, long Stream, DatasetOutput Output, JsonArray? Steps)
{
    /// <summary>The entry as one JSON line.</summary>
    public string ToJsonLine()
    {
        var node = new JsonObject
        {
            ["source"] = Source,
            ["output"] = Output.Image,
            ["copy"] = Copy,
            ["seed"] = Seed,
            ["stream"] = Stream,
            ["files"] = new JsonArray(Output.Files.Select(f => (JsonNode?)f).ToArray()),
            ["steps"] = Steps?.DeepClone(),
        };
        if (Output.Annotation is not null)
        {
            node["annotation"] = Output.Annotation.DeepClone();
        }

        return node.ToJsonString();
    }

    /// <summary>Parses one line; returns null for a line that is cut short or malformed (an interrupted write).</summary>
    public static ManifestEntry? TryParse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(line) is not JsonObject o || o["source"] is not JsonValue source || o["output"] is not JsonValue output ||
                o["files"] is not JsonArray files || o["seed"] is not JsonValue seed || o["stream"] is not JsonValue stream)
            {
                return null;
            }

            var names = files.Select(f => f?.GetValue<string>() ?? string.Empty).ToArray();
            return new ManifestEntry(source.GetValue<string>(), o["copy"]?.GetValue<int>(), seed.GetValue<ulong>(), stream.GetValue<long>(),
                new DatasetOutput(output.GetValue<string>(), names, o["annotation"]?.DeepClone()), o["steps"]?.DeepClone().AsArray());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
