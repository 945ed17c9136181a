using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpAugment.Evaluation;

/// <summary>The JSON settings of the reports: snake_case names and enum values, indented, accuracies as plain numbers.</summary>
internal static class EvaluationJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
