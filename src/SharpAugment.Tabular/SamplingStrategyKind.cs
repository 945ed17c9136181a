namespace SharpAugment.Tabular;

/// <summary>Which classes a sampler grows, shrinks or cleans, as imbalanced-learn's <c>sampling_strategy</c>.</summary>
public enum SamplingStrategyKind
{
    /// <summary>'auto': every class but the majority, up to the majority's count (same as NotMajority).</summary>
    Auto,

    /// <summary>'minority': only the smallest class.</summary>
    Minority,

    /// <summary>'not minority': every class but the smallest.</summary>
    NotMinority,

    /// <summary>'not majority': every class but the largest.</summary>
    NotMajority,

    /// <summary>'all': every class (the majority gets zero new rows).</summary>
    All,

    /// <summary>A float: binary only, the minority grows to ratio x majority.</summary>
    Ratio,

    /// <summary>A dictionary of target counts per class.</summary>
    Targets,

    /// <summary>'majority': only the largest class (under-samplers and cleaning methods only).</summary>
    Majority,

    /// <summary>A list of classes to clean (cleaning methods only).</summary>
    Classes,
}
