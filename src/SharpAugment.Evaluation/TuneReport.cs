using System.Text.Json;

namespace SharpAugment.Evaluation;

/// <summary>The result of tuning: the leaderboard, best first, and the best pipeline.</summary>
/// <param name="Leaderboard">Every candidate, by mean accuracy (ties keep the search order).</param>
/// <param name="Best">The best candidate's pipeline text.</param>
/// <param name="Model">The proxy model.</param>
/// <param name="Folds">Stratified folds.</param>
/// <param name="Copies">Augmented copies per training image.</param>
/// <param name="Seed">The seed.</param>
public sealed record TuneReport(IReadOnlyList<TuneEntry> Leaderboard, string Best, ProxyModelKind Model, int Folds, int Copies, ulong Seed)
{
    /// <summary>The report as JSON: <c>{"leaderboard": [{"pipeline": ..., "mean_accuracy": m, "std": s}], "best": ...}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, EvaluationJson.Options);
}
