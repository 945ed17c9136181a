using System.Text.Json.Serialization;

namespace SharpAugment.Demos.Overfitting;

/// <summary>One network's accuracies as fractions in [0, 1].</summary>
/// <param name="TrainAccuracy">On the clean training points.</param>
/// <param name="TestAccuracy">On the test points.</param>
public sealed record AccuracyPair(
    [property: JsonPropertyName("train_accuracy")] double TrainAccuracy,
    [property: JsonPropertyName("test_accuracy")] double TestAccuracy);
