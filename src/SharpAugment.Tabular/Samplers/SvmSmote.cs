using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// SVM-SMOTE (Nguyen, Cooper and Kamei 2011; imbalanced-learn's SVMSMOTE): the support rows of an RBF SVM
/// (<see cref="Svc"/>) fitted on the whole table, minus noise (all m neighbours of another class), are the bases.
/// A Beta(10, 10) share of the new rows interpolates from bases in danger (at least half of the m neighbours of
/// another class) towards their k nearest class rows; the rest extrapolates from safe bases away from them, by up to
/// out_step. As in imbalanced-learn, a class with no danger (or no safe) bases gets only the other share.
/// </summary>
public sealed class SvmSmote : OverSampler
{
    /// <inheritdoc/>
    public override string Name => "svm_smote";

    /// <summary>Neighbours for interpolation (imbalanced-learn's k_neighbors, default 5).</summary>
    public int KNeighbors { get; init; } = 5;

    /// <summary>Neighbours for the danger and noise tests (imbalanced-learn's m_neighbors, default 10).</summary>
    public int MNeighbors { get; init; } = 10;

    /// <summary>The extrapolation step for safe bases (imbalanced-learn's out_step, default 0.5).</summary>
    public double OutStep { get; init; } = 0.5;

    /// <summary>The SVM (scikit-learn's SVC(gamma='scale') by default).</summary>
    public Svc Svm { get; init; } = new();

    /// <summary>The neighbour search.</summary>
    public NeighborAlgorithm Algorithm { get; init; } = NeighborAlgorithm.Auto;

    /// <summary>The non-noise support rows of a class split into danger and safe bases (deterministic given the SVM).</summary>
    public (int[] Danger, int[] Safe) Bases(TabularDataset data, int label, int[] supportRows)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(supportRows);
        int[] sv = [.. supportRows.Where(r => data.Labels[r] == label)];
        var other = sv.Length == 0 ? [] : OtherClassNeighbors(data, sv, label, MNeighbors, "m_neighbors", Algorithm);
        var danger = new List<int>();
        var safe = new List<int>();
        int noise = 0;
        for (int i = 0; i < sv.Length; i++)
        {
            if (other[i] == MNeighbors)
            {
                noise++;
            }
            else if (other[i] >= MNeighbors / 2.0)
            {
                danger.Add(sv[i]);
            }
            else
            {
                safe.Add(sv[i]);
            }
        }

        if (danger.Count + safe.Count == 0)
        {
            throw new ArgumentException($"{Name}: all support vectors of class {data.ClassName(label)} are considered as noise. SVM-SMOTE is not adapted to your dataset. Try another SMOTE variant.");
        }

        return ([.. danger], [.. safe]);
    }

    private protected override void CheckColumns(TabularDataset data) => RequireNumericOnly(data);

    private protected override void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output)
    {
        int[]? support = null;
        foreach (var (label, n) in plan)
        {
            if (n == 0)
            {
                continue;
            }

            var rows = ClassRows(data, label, KNeighbors, "k_neighbors");
            support ??= Svm.SupportRows(data);
            var (danger, safe) = Bases(data, label, support);
            int generated = (int)(rng.Beta(10, 10) * (n + 1));
            var nn = new NearestNeighbors(data.GatherNumeric(rows), data.NumericColumns, Algorithm);
            if (danger.Length > 0)
            {
                var neighbors = Interpolation.DropSelfColumn(nn.Query(data.GatherNumeric(danger), KNeighbors + 1), KNeighbors + 1, rows);
                Interpolation.MakeSamples(output, data, label, danger, neighbors, KNeighbors, generated, rng);
            }

            if (safe.Length > 0)
            {
                var neighbors = Interpolation.DropSelfColumn(nn.Query(data.GatherNumeric(safe), KNeighbors + 1), KNeighbors + 1, rows);
                Interpolation.MakeSamples(output, data, label, safe, neighbors, KNeighbors, n - generated, rng, stepSize: -OutStep);
            }
        }
    }
}
