namespace SharpAugment.Evaluation;

/// <summary>How far an audit or tuning run is: models trained so far out of all it will train, and what it is doing now.</summary>
/// <param name="Stage">What is being scored, e.g. the pipeline text.</param>
/// <param name="Done">Models trained so far.</param>
/// <param name="Total">Models the run trains in all.</param>
public readonly record struct EvaluationProgress(string Stage, int Done, int Total);
