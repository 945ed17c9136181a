using System.Text.Json.Serialization;

namespace SharpAugment.Demos.Overfitting;

/// <summary>One network's state in a frame (JSON names are snake_case, as a page reads them).</summary>
/// <param name="TrainAccuracy">Accuracy on the clean (never augmented) training points, in [0, 1].</param>
/// <param name="TestAccuracy">Accuracy on the test points, in [0, 1].</param>
/// <param name="TrainLoss">Mean cross-entropy on the clean training points.</param>
/// <param name="Probabilities">P(class 1) at every cell of the session's <see cref="PlaneGrid"/>, row-major from the top-left cell.</param>
public sealed record NetworkSnapshot(
    [property: JsonPropertyName("train_accuracy")] double TrainAccuracy,
    [property: JsonPropertyName("test_accuracy")] double TestAccuracy,
    [property: JsonPropertyName("train_loss")] float TrainLoss,
    [property: JsonPropertyName("probabilities")] float[] Probabilities);
