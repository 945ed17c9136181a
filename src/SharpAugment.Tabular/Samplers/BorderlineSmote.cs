using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Borderline-SMOTE (Han et al. 2005) as imbalanced-learn: a class row is in danger when m' of its m nearest
/// neighbours in the whole table (self dropped) are of another class with m/2 &lt;= m' &lt; m; only danger rows are bases.
/// borderline-1 interpolates towards same-class neighbours; borderline-2 follows imbalanced-learn 0.12+ (neighbours
/// from the whole table, steps towards other classes scaled by U[0, 0.5)). A class without danger rows gets no rows.
/// </summary>
public sealed class BorderlineSmote : OverSampler
{
    /// <inheritdoc/>
    public override string Name => Kind == BorderlineKind.Borderline1 ? "borderline1" : "borderline2";

    /// <summary>Neighbours for interpolation (k_neighbors, default 5).</summary>
    public int KNeighbors { get; init; } = 5;

    /// <summary>Neighbours for the danger test (m_neighbors, default 10).</summary>
    public int MNeighbors { get; init; } = 10;

    /// <summary>The variant.</summary>
    public BorderlineKind Kind { get; init; } = BorderlineKind.Borderline1;

    /// <summary>The neighbour search.</summary>
    public NeighborAlgorithm Algorithm { get; init; } = NeighborAlgorithm.Auto;

    /// <summary>The danger mask of one class, one flag per class row (positions in <see cref="TabularDataset.RowsOfClass"/>).</summary>
    public bool[] DangerMask(TabularDataset data, int label)
    {
        ArgumentNullException.ThrowIfNull(data);
        var other = OtherClassNeighbors(data, data.RowsOfClass(label), label, MNeighbors, "m_neighbors", Algorithm);
        var danger = new bool[other.Length];
        for (int i = 0; i < other.Length; i++)
        {
            danger[i] = other[i] >= MNeighbors / 2.0 && other[i] < MNeighbors;
        }

        return danger;
    }

    private protected override void CheckColumns(TabularDataset data) => RequireNumericOnly(data);

    private protected override void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output)
    {
        RequirePositive("k_neighbors", KNeighbors);
        foreach (var (label, n) in plan)
        {
            if (n == 0)
            {
                continue;
            }

            var rows = data.RowsOfClass(label);
            RequireRows(data, label, rows.Length, KNeighbors + 1, "k_neighbors", KNeighbors);
            var mask = DangerMask(data, label);
            var danger = new List<int>();
            for (int i = 0; i < mask.Length; i++)
            {
                if (mask[i])
                {
                    danger.Add(rows[i]);
                }
            }

            if (danger.Count == 0)
            {
                continue;
            }

            var bases = danger.ToArray();
            var queries = data.GatherNumeric(bases);
            int[] neighbors;
            if (Kind == BorderlineKind.Borderline1)
            {
                var nn = new NearestNeighbors(data.GatherNumeric(rows), data.NumericColumns, Algorithm);
                neighbors = Interpolation.DropSelfColumn(nn.Query(queries, KNeighbors + 1), KNeighbors + 1, rows);
            }
            else
            {
                var nn = new NearestNeighbors(data.Numeric, data.NumericColumns, Algorithm);
                neighbors = Interpolation.DropSelfColumn(nn.Query(queries, KNeighbors + 1), KNeighbors + 1, default);
            }

            Interpolation.MakeSamples(output, data, label, bases, neighbors, KNeighbors, n, rng,
                shrinkOtherClass: Kind == BorderlineKind.Borderline2);
        }
    }
}
