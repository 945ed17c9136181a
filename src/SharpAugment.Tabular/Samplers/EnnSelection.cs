namespace SharpAugment.Tabular.Samplers;

/// <summary>How edited nearest neighbours decides that a row agrees with its neighbourhood (imbalanced-learn's kind_sel).</summary>
public enum EnnSelection
{
    /// <summary>'all': every neighbour has the row's class (the stricter rule, imbalanced-learn's default).</summary>
    All,

    /// <summary>'mode': the most common neighbour class (smallest label on ties, as scipy's mode) is the row's class.</summary>
    Mode,
}
