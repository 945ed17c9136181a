namespace SharpAugment.Evaluation;

/// <summary>One leaderboard row: a pipeline and its held-out accuracy on clean images over the folds.</summary>
/// <param name="Pipeline">The candidate as pipeline text (parses with the registry).</param>
/// <param name="MeanAccuracy">Mean accuracy over the folds.</param>
/// <param name="Std">Sample standard deviation of the fold accuracies.</param>
public sealed record TuneEntry(string Pipeline, double MeanAccuracy, double Std);
