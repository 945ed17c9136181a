using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpAugment.Demos.Overfitting;

/// <summary>Both networks after <paramref name="Step"/> of <paramref name="Steps"/> Adam steps: what a page draws for one update.</summary>
/// <param name="Step">Steps taken so far (0: the shared initial weights).</param>
/// <param name="Steps">Steps the run will take in all.</param>
/// <param name="NoAugmentation">The network trained on the raw points.</param>
/// <param name="WithAugmentation">The network trained on augmented copies.</param>
public sealed record TrainingFrame(
    [property: JsonPropertyName("step")] int Step,
    [property: JsonPropertyName("steps")] int Steps,
    [property: JsonPropertyName("no_augmentation")] NetworkSnapshot NoAugmentation,
    [property: JsonPropertyName("with_augmentation")] NetworkSnapshot WithAugmentation)
{
    /// <summary>One line of JSON, ready to be the <c>data:</c> of a server-sent event.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);
}
