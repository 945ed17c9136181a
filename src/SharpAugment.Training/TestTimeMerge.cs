namespace SharpAugment.Training;

/// <summary>How <see cref="TestTimeAugmentation"/> combines the views' outputs, element by element (as ttach's merge modes).</summary>
public enum TestTimeMerge
{
    /// <summary>The arithmetic mean: for logits or probabilities.</summary>
    Mean,

    /// <summary>The largest value.</summary>
    Max,

    /// <summary>exp(mean(log x)): for probabilities only, so a negative output is refused.</summary>
    GeometricMean,
}
