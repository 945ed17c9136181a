using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpAugment.Demos.Overfitting;

/// <summary>Several seeds of one setting: mean accuracies and the spread of the test-accuracy gain, with every run.</summary>
/// <param name="NoAugmentation">Mean accuracies of the networks trained on raw points.</param>
/// <param name="WithAugmentation">Mean accuracies of the networks trained on augmented copies.</param>
/// <param name="GainMean">Mean test-accuracy gain (with minus without).</param>
/// <param name="GainStd">Sample standard deviation of the gain over seeds (0 for one seed).</param>
/// <param name="GainMin">Smallest gain.</param>
/// <param name="GainMax">Largest gain.</param>
/// <param name="Positive">Seeds where augmentation raised test accuracy.</param>
/// <param name="Runs">Every run, in seed order.</param>
public sealed record OverfittingSummary(
    [property: JsonPropertyName("no_augmentation")] AccuracyPair NoAugmentation,
    [property: JsonPropertyName("with_augmentation")] AccuracyPair WithAugmentation,
    [property: JsonPropertyName("test_accuracy_gain_mean")] double GainMean,
    [property: JsonPropertyName("test_accuracy_gain_std")] double GainStd,
    [property: JsonPropertyName("test_accuracy_gain_min")] double GainMin,
    [property: JsonPropertyName("test_accuracy_gain_max")] double GainMax,
    [property: JsonPropertyName("positive")] int Positive,
    [property: JsonPropertyName("runs")] IReadOnlyList<OverfittingResult> Runs)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Summarises <paramref name="runs"/> (at least one).</summary>
    public static OverfittingSummary Of(IReadOnlyList<OverfittingResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("overfitting summary: no runs", nameof(runs));
        }

        var gains = runs.Select(r => r.TestAccuracyGain).ToArray();
        double mean = gains.Average();
        double std = gains.Length < 2 ? 0 : Math.Sqrt(gains.Sum(g => (g - mean) * (g - mean)) / (gains.Length - 1));
        return new OverfittingSummary(
            new AccuracyPair(runs.Average(r => r.NoAugmentation.TrainAccuracy), runs.Average(r => r.NoAugmentation.TestAccuracy)),
            new AccuracyPair(runs.Average(r => r.WithAugmentation.TrainAccuracy), runs.Average(r => r.WithAugmentation.TestAccuracy)),
            mean, std, gains.Min(), gains.Max(), gains.Count(g => g > 0), runs);
    }

    /// <summary>The JSON document of the command's <c>--json</c> option with <c>--seeds</c> above 1.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Indented);
}
