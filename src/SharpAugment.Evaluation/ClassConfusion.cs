namespace SharpAugment.Evaluation;

/// <summary>A class pair a step confuses: the share of class <paramref name="From"/>'s augmented held-out images called <paramref name="To"/>.</summary>
/// <param name="From">The true class name.</param>
/// <param name="To">The predicted class name.</param>
/// <param name="Rate">Share of <paramref name="From"/>'s augmented held-out images predicted as <paramref name="To"/>, 0..1.</param>
/// <param name="Source">Which model's predictions: a swap seen by the clean model, or an error of the model trained with the augmentation.</param>
public sealed record ClassConfusion(string From, string To, double Rate, ConfusionSource Source);
