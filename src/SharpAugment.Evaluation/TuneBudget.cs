namespace SharpAugment.Evaluation;

/// <summary>How many grid points <c>tune</c> tries: small is RandAugment N 1..2 x M {5, 9, 13}; medium N 1..3 x M {3, 6, 9, 12, 15}.</summary>
public enum TuneBudget
{
    /// <summary>Six RandAugment settings.</summary>
    Small,

    /// <summary>Fifteen RandAugment settings.</summary>
    Medium,
}
