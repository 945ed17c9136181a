using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// The neighbourhood tests shared by the cleaning methods (edited nearest neighbours and its repeated forms, Tomek
/// links, the neighbourhood cleaning rule, one-sided selection and the combined samplers), on the exact k-NN search.
/// </summary>
internal static class Editing
{
    /// <summary>
    /// One pass of edited nearest neighbours (imbalanced-learn's EditedNearestNeighbours._fit_resample): rows of the
    /// classes in <paramref name="clean"/> are kept when their k nearest rows of the whole table (self dropped) agree
    /// under <paramref name="selection"/>; other classes are kept whole. Returns the kept rows grouped by class in
    /// label order, ascending within a class: imbalanced-learn's order, which later passes' tie rules depend on.
    /// </summary>
    public static int[] EnnPass(TabularDataset data, ICollection<int> clean, int k, EnnSelection selection, NeighborAlgorithm algorithm, string name)
    {
        SamplerChecks.Positive(name, "n_neighbors", k);
        SamplerChecks.EnoughRows(name, "the table", data.Rows, k + 1, "n_neighbors", k);
        var nn = new NearestNeighbors(data.Numeric, data.NumericColumns, algorithm);
        var kept = new List<int>(data.Rows);
        var labels = new int[k];
        foreach (int label in data.ClassCounts().Keys)
        {
            var rows = data.RowsOfClass(label);
            if (!clean.Contains(label))
            {
                kept.AddRange(rows);
                continue;
            }

            var found = nn.Query(data.GatherNumeric(rows), k + 1);
            for (int i = 0; i < rows.Length; i++)
            {
                for (int j = 0; j < k; j++)
                {
                    labels[j] = data.Labels[found[i * (k + 1) + j + 1]];
                }

                if (Agrees(labels, label, selection))
                {
                    kept.Add(rows[i]);
                }
            }
        }

        return [.. kept];
    }

    /// <summary>Whether neighbour labels agree with <paramref name="label"/> under <paramref name="selection"/>.</summary>
    public static bool Agrees(ReadOnlySpan<int> neighborLabels, int label, EnnSelection selection)
    {
        if (selection == EnnSelection.Mode)
        {
            return Mode(neighborLabels) == label;
        }

        foreach (int y in neighborLabels)
        {
            if (y != label)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most frequent label, the smallest one on ties (scipy.stats.mode, sklearn's uniform-weight vote).</summary>
    public static int Mode(ReadOnlySpan<int> labels)
    {
        int best = int.MaxValue, bestCount = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            int count = 0;
            for (int j = 0; j < labels.Length; j++)
            {
                if (labels[j] == labels[i])
                {
                    count++;
                }
            }

            if (count > bestCount || (count == bestCount && labels[i] < best))
            {
                best = labels[i];
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>
    /// Tomek links (imbalanced-learn's TomekLinks.is_tomek): row i of a class in <paramref name="clean"/> is in a link
    /// when its nearest row (column 1 of kneighbors(X, 2), which with duplicate rows may be itself) has another class
    /// and has row i as its own nearest row.
    /// </summary>
    public static bool[] TomekMask(TabularDataset data, ICollection<int> clean, NeighborAlgorithm algorithm, string name)
    {
        SamplerChecks.EnoughRows(name, "the table", data.Rows, 2, "n_neighbors", 1);
        var nn = new NearestNeighbors(data.Numeric, data.NumericColumns, algorithm);
        var found = nn.QueryAll(2);
        var links = new bool[data.Rows];
        for (int i = 0; i < data.Rows; i++)
        {
            int nearest = found[2 * i + 1];
            links[i] = clean.Contains(data.Labels[i]) && data.Labels[nearest] != data.Labels[i] && found[2 * nearest + 1] == i;
        }

        return links;
    }

    /// <summary>The mapping of a pass over a subset back to input rows: <paramref name="rows"/>[<paramref name="local"/>[i]].</summary>
    public static int[] Compose(int[] rows, int[] local)
    {
        var result = new int[local.Length];
        for (int i = 0; i < local.Length; i++)
        {
            result[i] = rows[local[i]];
        }

        return result;
    }

    /// <summary>
    /// Repeated ENN passes as imbalanced-learn's RepeatedEditedNearestNeighbours and AllKNN run them: pass i uses
    /// <paramref name="kOfPass"/>(i) neighbours on the rows kept so far, in the order the previous pass returned them,
    /// with the strategy resolved again on the remaining rows. It stops after a pass that changed nothing (when
    /// <paramref name="stopWhenUnchanged"/>), left a non-minority class smaller than the original minority (unless
    /// <paramref name="allowMinority"/>), or removed a class; that pass's result is kept, as in imbalanced-learn.
    /// Returns the kept input rows and the number of passes run.
    /// </summary>
    public static (int[] Rows, int Passes) RepeatedEnn(TabularDataset data, SamplingStrategy strategy, int passes, Func<int, int> kOfPass,
        EnnSelection selection, bool stopWhenUnchanged, bool allowMinority, NeighborAlgorithm algorithm, string name)
    {
        var original = SamplingStrategy.Stats(data.ClassCounts(), out _, out int minority);
        int[] rows = [.. Enumerable.Range(0, data.Rows)];
        int pass = 0;
        while (pass < passes)
        {
            var current = pass == 0 ? data : data.SelectRows(rows);
            var clean = strategy.ResolveUnder(current.ClassCounts(), cleaning: true).Keys;
            var local = EnnPass(current, clean, kOfPass(pass), selection, algorithm, name);
            pass++;
            bool unchanged = local.Length == rows.Length;
            var counts = new SortedDictionary<int, int>();
            foreach (int i in local)
            {
                int y = current.Labels[i];
                counts[y] = counts.TryGetValue(y, out int c) ? c + 1 : 1;
            }

            bool minorityOvertaken = !allowMinority && counts.Any(p => p.Key != minority && p.Value < original[minority]);
            bool classRemoved = counts.Count < original.Count;
            rows = Compose(rows, local);

            // imbalanced-learn composes the last permutation twice when nothing changed; the kept set is the same.
            if ((stopWhenUnchanged && unchanged) || minorityOvertaken || classRemoved)
            {
                break;
            }
        }

        return (rows, pass);
    }

    /// <summary>
    /// sklearn's KNeighborsClassifier(n_neighbors=k).predict with uniform weights: the mode of the labels of the k
    /// nearest indexed rows (smallest label on ties; a query equal to an indexed row finds that row).
    /// </summary>
    public static int[] Predict(NearestNeighbors index, ReadOnlySpan<int> indexLabels, ReadOnlySpan<float> queries, int k)
    {
        var found = index.Query(queries, k);
        var result = new int[found.Length / k];
        var labels = new int[k];
        for (int i = 0; i < result.Length; i++)
        {
            for (int j = 0; j < k; j++)
            {
                labels[j] = indexLabels[found[i * k + j]];
            }

            result[i] = Mode(labels);
        }

        return result;
    }
}
