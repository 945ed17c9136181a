using System.Text.Json.Serialization;

namespace SharpAugment.Evaluation;

/// <summary>Which ML.NET trainer scores augmentation: both are fast on small pixel features and neither is translation invariant, so they feel what augmentation adds.</summary>
public enum ProxyModelKind
{
    /// <summary>ML.NET's L-BFGS multinomial logistic regression (LbfgsMaximumEntropy): linear, quick, the default.</summary>
    [JsonStringEnumMemberName("maxent")]
    MaximumEntropy,

    /// <summary>ML.NET's LightGbm gradient-boosted trees (multiclass).</summary>
    [JsonStringEnumMemberName("lightgbm")]
    LightGbm,
}
