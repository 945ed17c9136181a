using System.Globalization;

namespace SharpAugment.Tabular;

/// <summary>
/// imbalanced-learn's <c>sampling_strategy</c>: resolves to the number of new rows per class (over-sampling), the
/// target rows per class (under-sampling) or the classes to clean (cleaning methods), with the same rules (ties for
/// majority and minority go to the smallest label) and the same errors for impossible requests.
/// </summary>
public sealed class SamplingStrategy
{
    private SamplingStrategy(SamplingStrategyKind kind, double ratio, IReadOnlyDictionary<int, int>? targets, IReadOnlyList<int>? classes = null)
    {
        Kind = kind;
        RatioValue = ratio;
        TargetCounts = targets;
        ClassList = classes;
    }

    /// <summary>'auto' (= 'not majority').</summary>
    public static SamplingStrategy Auto { get; } = new(SamplingStrategyKind.Auto, 0, null);

    /// <summary>'minority'.</summary>
    public static SamplingStrategy Minority { get; } = new(SamplingStrategyKind.Minority, 0, null);

    /// <summary>'not minority'.</summary>
    public static SamplingStrategy NotMinority { get; } = new(SamplingStrategyKind.NotMinority, 0, null);

    /// <summary>'not majority'.</summary>
    public static SamplingStrategy NotMajority { get; } = new(SamplingStrategyKind.NotMajority, 0, null);

    /// <summary>'all'.</summary>
    public static SamplingStrategy All { get; } = new(SamplingStrategyKind.All, 0, null);

    /// <summary>'majority' (under-sampling and cleaning only).</summary>
    public static SamplingStrategy Majority { get; } = new(SamplingStrategyKind.Majority, 0, null);

    /// <summary>The kind of request.</summary>
    public SamplingStrategyKind Kind { get; }

    /// <summary>The ratio, for <see cref="SamplingStrategyKind.Ratio"/>.</summary>
    public double RatioValue { get; }

    /// <summary>The target count per class, for <see cref="SamplingStrategyKind.Targets"/>.</summary>
    public IReadOnlyDictionary<int, int>? TargetCounts { get; }

    /// <summary>The classes, for <see cref="SamplingStrategyKind.Classes"/>.</summary>
    public IReadOnlyList<int>? ClassList { get; }

    /// <summary>A list of classes to clean (cleaning methods only, as imbalanced-learn's list form).</summary>
    public static SamplingStrategy Classes(IEnumerable<int> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        return new(SamplingStrategyKind.Classes, 0, null, [.. classes.Distinct().Order()]);
    }

    /// <summary>A float ratio in (0, 1]: the minority grows to int(ratio x majority) rows; binary problems only.</summary>
    public static SamplingStrategy Ratio(double ratio)
    {
        if (!(ratio > 0 && ratio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, $"sampling_strategy: a float must be in the range (0.0, 1.0], got {ratio.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new(SamplingStrategyKind.Ratio, ratio, null);
    }

    /// <summary>Target row counts per class (classes left out are not resampled).</summary>
    public static SamplingStrategy Targets(IReadOnlyDictionary<int, int> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return new(SamplingStrategyKind.Targets, 0, new SortedDictionary<int, int>(targets.ToDictionary(p => p.Key, p => p.Value)));
    }

    /// <summary>
    /// Parses the CLI form: <c>auto</c>, <c>minority</c>, <c>not_minority</c> (or "not minority"), <c>not_majority</c>,
    /// <c>all</c>, <c>majority</c>, a float such as <c>0.5</c>, targets <c>LABEL:COUNT,LABEL:COUNT</c>, or (for
    /// cleaning methods) a class list <c>LABEL,LABEL</c> (labels resolved by <paramref name="labelOf"/>).
    /// </summary>
    public static SamplingStrategy Parse(string text, Func<string, int> labelOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(labelOf);
        string t = text.Trim().Replace('_', ' ').Replace('-', ' ');
        switch (t.ToLowerInvariant())
        {
            case "auto": return Auto;
            case "minority": return Minority;
            case "not minority": return NotMinority;
            case "not majority": return NotMajority;
            case "all": return All;
            case "majority": return Majority;
        }

        if (!text.Contains(':', StringComparison.Ordinal))
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double ratio))
            {
                return Ratio(ratio);
            }

            if (text.Contains(',', StringComparison.Ordinal))
            {
                return Classes(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(labelOf));
            }

            throw new ArgumentException($"sampling_strategy: '{text}' is not one of auto, minority, not_minority, not_majority, majority, all, a float in (0, 1], LABEL:COUNT,... or (cleaning methods) LABEL,LABEL,...");
        }

        var targets = new Dictionary<int, int>();
        foreach (string part in text.Split(','))
        {
            int colon = part.LastIndexOf(':');
            if (colon < 0 || !int.TryParse(part[(colon + 1)..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int count))
            {
                throw new ArgumentException($"sampling_strategy: '{part}' is not LABEL:COUNT with an integer COUNT.");
            }

            targets[labelOf(part[..colon].Trim())] = count;
        }

        return Targets(targets);
    }

    /// <summary>New rows per class for a table with the given class counts (imbalanced-learn's sampling_strategy_ for over-sampling), sorted by label.</summary>
    public SortedDictionary<int, int> Resolve(IReadOnlyDictionary<int, int> classCounts)
    {
        var stats = Stats(classCounts, out int majority, out int minority);
        int nMajority = stats[majority];
        var result = new SortedDictionary<int, int>();
        void GrowAllBut(int excluded, bool excludeNone)
        {
            foreach (var (label, n) in stats)
            {
                if (excludeNone || label != excluded)
                {
                    result[label] = nMajority - n;
                }
            }
        }

        switch (Kind)
        {
            case SamplingStrategyKind.Auto:
            case SamplingStrategyKind.NotMajority:
                GrowAllBut(majority, false);
                break;
            case SamplingStrategyKind.Minority:
                result[minority] = nMajority - stats[minority];
                break;
            case SamplingStrategyKind.NotMinority:
                GrowAllBut(minority, false);
                break;
            case SamplingStrategyKind.All:
                GrowAllBut(majority, true);
                break;
            case SamplingStrategyKind.Ratio:
                if (stats.Count != 2)
                {
                    throw new ArgumentException("\"sampling_strategy\" can be a float only when the type of target is binary. For multi-class, use a dict.");
                }

                foreach (var (label, n) in stats)
                {
                    if (label != majority)
                    {
                        int add = (int)(nMajority * RatioValue - n);
                        if (add <= 0)
                        {
                            throw new ArgumentException($"sampling_strategy={RatioValue.ToString(CultureInfo.InvariantCulture)}: the specified ratio required to remove samples from the minority class while trying to generate new samples. Please increase the ratio.");
                        }

                        result[label] = add;
                    }
                }

                break;
            case SamplingStrategyKind.Targets:
                foreach (var (label, target) in TargetCounts!)
                {
                    if (!stats.TryGetValue(label, out int n))
                    {
                        throw new ArgumentException($"sampling_strategy: the {{{label}}} target class is/are not present in the data.");
                    }

                    if (target < 0)
                    {
                        throw new ArgumentException($"sampling_strategy: the number of samples in a class cannot be negative; class {label} asks for {target}.");
                    }

                    if (target < n)
                    {
                        throw new ArgumentException($"sampling_strategy: with over-sampling methods, the number of samples in a class should be greater or equal to the original number of samples. Originally, there is {n} samples and {target} samples are asked (class {label}).");
                    }

                    result[label] = target - n;
                }

                break;
            case SamplingStrategyKind.Majority:
                throw new ArgumentException("'sampling_strategy'='majority' cannot be used with over-sampler.");
            case SamplingStrategyKind.Classes:
                throw new ArgumentException("'sampling_strategy' cannot be a list for samplers which are not cleaning methods.");
            default:
                throw new InvalidOperationException($"sampling_strategy: unknown kind {Kind}.");
        }

        return result;
    }

    /// <summary>
    /// Rows to keep per class for an under-sampler (imbalanced-learn's sampling_strategy_ for "under-sampling"), or,
    /// with <paramref name="cleaning"/>, the classes a cleaning method may remove rows from (keys; values are the
    /// minority count, as imbalanced-learn's "clean-sampling" dictionary holds).
    /// </summary>
    public SortedDictionary<int, int> ResolveUnder(IReadOnlyDictionary<int, int> classCounts, bool cleaning = false)
    {
        var stats = Stats(classCounts, out int majority, out int minority);
        int nMinority = stats[minority];
        var result = new SortedDictionary<int, int>();
        void ShrinkAllBut(int? excluded)
        {
            foreach (var label in stats.Keys)
            {
                if (label != excluded)
                {
                    result[label] = nMinority;
                }
            }
        }

        switch (Kind)
        {
            case SamplingStrategyKind.Auto:
            case SamplingStrategyKind.NotMinority:
                ShrinkAllBut(minority);
                break;
            case SamplingStrategyKind.NotMajority:
                ShrinkAllBut(majority);
                break;
            case SamplingStrategyKind.All:
                ShrinkAllBut(null);
                break;
            case SamplingStrategyKind.Majority:
                result[majority] = nMinority;
                break;
            case SamplingStrategyKind.Minority:
                throw new ArgumentException("'sampling_strategy'='minority' cannot be used with under-sampler.");
            case SamplingStrategyKind.Ratio:
                if (cleaning)
                {
                    throw new ArgumentException("'clean-sampling' methods do let the user specify the sampling ratio.");
                }

                if (stats.Count != 2)
                {
                    throw new ArgumentException("\"sampling_strategy\" can be a float only when the type of target is binary. For multi-class, use a dict.");
                }

                foreach (var (label, n) in stats)
                {
                    if (label != minority)
                    {
                        int keep = (int)(nMinority / RatioValue);
                        if (keep > n)
                        {
                            throw new ArgumentException($"sampling_strategy={RatioValue.ToString(CultureInfo.InvariantCulture)}: the specified ratio required to generate new sample in the majority class while trying to remove samples. Please increase the ratio.");
                        }

                        result[label] = keep;
                    }
                }

                break;
            case SamplingStrategyKind.Targets:
                if (cleaning)
                {
                    throw new ArgumentException("'sampling_strategy' as a dict for cleaning methods is not supported. Please give a list of the classes to be targeted by the sampling.");
                }

                foreach (var (label, target) in TargetCounts!)
                {
                    if (!stats.TryGetValue(label, out int n))
                    {
                        throw new ArgumentException($"sampling_strategy: the {{{label}}} target class is/are not present in the data.");
                    }

                    if (target < 0)
                    {
                        throw new ArgumentException($"sampling_strategy: the number of samples in a class cannot be negative; class {label} asks for {target}.");
                    }

                    if (target > n)
                    {
                        throw new ArgumentException($"sampling_strategy: with under-sampling methods, the number of samples in a class should be less or equal to the original number of samples. Originally, there is {n} samples and {target} samples are asked (class {label}).");
                    }

                    result[label] = target;
                }

                break;
            case SamplingStrategyKind.Classes:
                if (!cleaning)
                {
                    throw new ArgumentException("'sampling_strategy' cannot be a list for samplers which are not cleaning methods.");
                }

                foreach (int label in ClassList!)
                {
                    if (!stats.ContainsKey(label))
                    {
                        throw new ArgumentException($"sampling_strategy: the {{{label}}} target class is/are not present in the data.");
                    }

                    result[label] = nMinority;
                }

                break;
            default:
                throw new InvalidOperationException($"sampling_strategy: unknown kind {Kind}.");
        }

        return result;
    }

    /// <summary>The sorted class counts, with the majority and minority labels (ties: the smallest label, like Python's max/min over a dict built from np.unique).</summary>
    internal static SortedDictionary<int, int> Stats(IReadOnlyDictionary<int, int> classCounts, out int majority, out int minority)
    {
        ArgumentNullException.ThrowIfNull(classCounts);
        var stats = new SortedDictionary<int, int>(classCounts.ToDictionary(p => p.Key, p => p.Value));
        if (stats.Count <= 1)
        {
            throw new ArgumentException($"sampling_strategy: the target 'y' needs to have more than 1 class. Got {stats.Count} class instead.");
        }

        majority = stats.First().Key;
        minority = majority;
        foreach (var (label, n) in stats)
        {
            if (n > stats[majority])
            {
                majority = label;
            }

            if (n < stats[minority])
            {
                minority = label;
            }
        }

        return stats;
    }
}
