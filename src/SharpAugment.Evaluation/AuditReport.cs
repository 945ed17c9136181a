using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpAugment.Evaluation;

/// <summary>The result of an audit: the clean baseline and one entry per step (the whole pipeline first when it has several).</summary>
/// <param name="BaselineAccuracy">Held-out accuracy on clean images of a model trained on clean images.</param>
/// <param name="ChanceAccuracy">The share of the largest class: what always guessing it scores.</param>
/// <param name="Steps">The audited steps.</param>
/// <param name="Model">The proxy model.</param>
/// <param name="Folds">Stratified folds.</param>
/// <param name="Copies">Augmented copies per training image.</param>
/// <param name="MaxDrop">The accuracy drop that makes a step risky.</param>
/// <param name="Seed">The seed.</param>
public sealed record AuditReport(double BaselineAccuracy, double ChanceAccuracy, IReadOnlyList<StepAudit> Steps, ProxyModelKind Model, int Folds, int Copies, double MaxDrop, ulong Seed)
{
    /// <summary>Whether any step destroys labels (the command then exits 3 under --fail-on-risk).</summary>
    public bool DestroysLabels => Steps.Any(s => s.Verdict == AuditVerdict.DestroysLabels);

    /// <summary>
    /// Whether the clean baseline is less than halfway from chance to perfect: the proxy then cannot read the images
    /// (too few, or too small a model for them), and the verdicts say little; the command warns.
    /// </summary>
    public bool BaselineNearChance => BaselineAccuracy < ChanceAccuracy + ((1 - ChanceAccuracy) / 2);

    /// <summary>The report as JSON with snake_case names: <c>{"baseline_accuracy": x, "steps": [{"pipeline": ..., "verdict": "destroys_labels", ...}]}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, EvaluationJson.Options);
}
