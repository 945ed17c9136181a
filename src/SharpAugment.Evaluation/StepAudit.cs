namespace SharpAugment.Evaluation;

/// <summary>The audit of one pipeline step (or of the whole pipeline).</summary>
/// <param name="Pipeline">The step as pipeline text.</param>
/// <param name="LabelSafetyAccuracy">Held-out accuracy on augmented images of a model trained on clean plus augmented copies.</param>
/// <param name="ShiftAccuracy">Held-out accuracy on augmented images of the clean-trained baseline model.</param>
/// <param name="Verdict">The conclusion.</param>
/// <param name="Confusions">Class pairs the augmented model confuses more than the baseline does, worst first.</param>
public sealed record StepAudit(string Pipeline, double LabelSafetyAccuracy, double ShiftAccuracy, AuditVerdict Verdict, IReadOnlyList<ClassConfusion> Confusions);
