namespace SharpAugment.Demos.Overfitting;

/// <summary>One network's state in a frame.</summary>
/// <param name="TrainAccuracy">Accuracy on the clean (never augmented) training points, in [0, 1].</param>
/// <param name="TestAccuracy">Accuracy on the test points, in [0, 1].</param>
/// <param name="TrainLoss">Mean cross-entropy on the clean training points.</param>
/// <param name="Probabilities">P(class 1) at every cell of the session's <see cref="PlaneGrid"/>, row-major from the top-left cell.</param>
public sealed record NetworkSnapshot(double TrainAccuracy, double TestAccuracy, float TrainLoss, float[] Probabilities);
