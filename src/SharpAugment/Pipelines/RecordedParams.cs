using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpAugment.Pipelines;

/// <summary>A sampled parameters record as a tape read from JSON holds it: its type name and fields, turned back into the record when the transform that drew it replays it.</summary>
/// <param name="Type">The record's type name (<c>RotateParams</c>), checked against the type the transform draws.</param>
/// <param name="Fields">The record's fields (snake_case), as <see cref="ReplayTape.ToJson"/> wrote them.</param>
public sealed record RecordedParams(string Type, JsonNode Fields)
{
    /// <summary>The record as the transform's own parameters type; a tape made by another pipeline is an error naming both types.</summary>
    internal TParams Read<TParams>(string transform)
        where TParams : class
    {
        if (Type != typeof(TParams).Name)
        {
            throw new InvalidOperationException($"Replay tape has {Type} for {transform}, which draws {typeof(TParams).Name}.");
        }

        try
        {
            return Fields.Deserialize<TParams>(ReplayTape.Json)
                ?? throw new InvalidOperationException($"Replay tape has no {Type} fields for {transform}.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new InvalidOperationException($"Replay tape's {Type} for {transform} cannot be read back: {e.Message}", e);
        }
    }
}
