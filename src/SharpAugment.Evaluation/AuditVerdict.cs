namespace SharpAugment.Evaluation;

/// <summary>What an audit concludes about one pipeline step.</summary>
public enum AuditVerdict
{
    /// <summary>Accuracy holds both when the model has seen the augmentation and when it has not.</summary>
    Safe,

    /// <summary>A model trained with the augmentation copes, but one trained on clean data does not: augmented images leave the clean distribution.</summary>
    ShiftsDistribution,

    /// <summary>Even a model trained with the augmentation stays low on augmented images: the same picture now carries two labels.</summary>
    DestroysLabels,
}
