namespace SharpAugment.Tabular.Samplers;

/// <summary>The two Borderline-SMOTE variants.</summary>
public enum BorderlineKind
{
    /// <summary>borderline-1: interpolate towards same-class neighbours.</summary>
    Borderline1,

    /// <summary>borderline-2: neighbours from the whole table; a step towards another class is shrunk by U[0, 0.5).</summary>
    Borderline2,
}
