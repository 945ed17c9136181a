using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// k-means for KMeansSMOTE: k-means++ seeding (each next centre drawn with probability proportional to the squared
/// distance to the nearest chosen centre) and Lloyd iterations until no assignment changes. All draws come from the
/// given <see cref="Rng"/>, so assignments differ from sklearn's MiniBatchKMeans, whose random stream is numpy's.
/// </summary>
public sealed class KMeans
{
    /// <summary>Number of clusters (sklearn's MiniBatchKMeans default is 8).</summary>
    public int Clusters { get; init; } = 8;

    /// <summary>Upper bound on Lloyd iterations.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Cluster index of each row of a row-major matrix.</summary>
    public int[] FitPredict(float[] data, int columns, Rng rng) => Fit(data, columns, rng, out _);

    /// <summary>The final centres (Clusters x columns, row-major): each the mean of its rows, or its seed when it ended empty.</summary>
    public float[] FitCenters(float[] data, int columns, Rng rng)
    {
        Fit(data, columns, rng, out var centers);
        return centers;
    }

    private int[] Fit(float[] data, int columns, Rng rng, out float[] centers)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rng);
        int n = data.Length / columns;
        if (Clusters < 1 || Clusters > n)
        {
            throw new ArgumentOutOfRangeException(nameof(Clusters), Clusters, $"kmeans: n_clusters must be in [1, {n}] (the row count), got {Clusters}.");
        }

        centers = Seed(data, columns, n, rng);
        var assign = new int[n];
        Array.Fill(assign, -1);
        var sums = new double[Clusters * columns];
        var sizes = new int[Clusters];
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            bool changed = false;
            for (int i = 0; i < n; i++)
            {
                var x = data.AsSpan(i * columns, columns);
                int best = 0;
                float bestDist = float.PositiveInfinity;
                for (int c = 0; c < Clusters; c++)
                {
                    float dist = NearestNeighbors.SquaredDistance(x, centers.AsSpan(c * columns, columns));
                    if (dist < bestDist)
                    {
                        bestDist = dist;
                        best = c;
                    }
                }

                changed |= assign[i] != best;
                assign[i] = best;
            }

            if (!changed)
            {
                break;
            }

            Array.Clear(sums);
            Array.Clear(sizes);
            for (int i = 0; i < n; i++)
            {
                sizes[assign[i]]++;
                for (int f = 0; f < columns; f++)
                {
                    sums[assign[i] * columns + f] += data[i * columns + f];
                }
            }

            for (int c = 0; c < Clusters; c++)
            {
                if (sizes[c] == 0)
                {
                    continue; // an empty cluster keeps its centre
                }

                for (int f = 0; f < columns; f++)
                {
                    centers[c * columns + f] = (float)(sums[c * columns + f] / sizes[c]);
                }
            }
        }

        return assign;
    }

    private float[] Seed(float[] data, int columns, int n, Rng rng)
    {
        var centers = new float[Clusters * columns];
        var nearest = new double[n];
        int first = rng.Next(n);
        data.AsSpan(first * columns, columns).CopyTo(centers);
        for (int i = 0; i < n; i++)
        {
            nearest[i] = NearestNeighbors.SquaredDistance(data.AsSpan(i * columns, columns), centers.AsSpan(0, columns));
        }

        for (int c = 1; c < Clusters; c++)
        {
            double total = 0;
            foreach (double v in nearest)
            {
                total += v;
            }

            int pick;
            if (total <= 0)
            {
                pick = rng.Next(n);
            }
            else
            {
                double u = rng.NextDouble() * total;
                pick = n - 1;
                for (int i = 0; i < n; i++)
                {
                    u -= nearest[i];
                    if (u < 0)
                    {
                        pick = i;
                        break;
                    }
                }
            }

            var center = centers.AsSpan(c * columns, columns);
            data.AsSpan(pick * columns, columns).CopyTo(center);
            for (int i = 0; i < n; i++)
            {
                nearest[i] = Math.Min(nearest[i], NearestNeighbors.SquaredDistance(data.AsSpan(i * columns, columns), center));
            }
        }

        return centers;
    }
}
