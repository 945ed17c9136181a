using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpAugment.Demos.Overfitting;

/// <summary>The outcome of one run, in the JSON shape of the <c>demo overfitting</c> command.</summary>
/// <param name="NoAugmentation">The network trained on the raw points.</param>
/// <param name="WithAugmentation">The network trained on augmented copies.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Points">Training points.</param>
/// <param name="TestPoints">Test points.</param>
/// <param name="Noise">The spiral's noise.</param>
/// <param name="Strength">The augmentation strength.</param>
/// <param name="Steps">Steps each network took.</param>
/// <param name="Pipeline">The augmentation pipeline text.</param>
public sealed record OverfittingResult(
    [property: JsonPropertyName("no_augmentation")] AccuracyPair NoAugmentation,
    [property: JsonPropertyName("with_augmentation")] AccuracyPair WithAugmentation,
    [property: JsonPropertyName("seed")] ulong Seed,
    [property: JsonPropertyName("points")] int Points,
    [property: JsonPropertyName("test_points")] int TestPoints,
    [property: JsonPropertyName("noise")] double Noise,
    [property: JsonPropertyName("strength")] double Strength,
    [property: JsonPropertyName("steps")] int Steps,
    [property: JsonPropertyName("pipeline")] string Pipeline)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Test accuracy with augmentation minus without, in accuracy fractions.</summary>
    [JsonPropertyName("test_accuracy_gain")]
    public double TestAccuracyGain => WithAugmentation.TestAccuracy - NoAugmentation.TestAccuracy;

    /// <summary>The JSON document of the command's <c>--json</c> option.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Indented);
}
