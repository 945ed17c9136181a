using SharpAugment.Randomness;

namespace SharpAugment.Evaluation;

/// <summary>Stratified k-fold assignment: each class's items are shuffled by the seed and dealt round-robin to the folds, so every fold holds each class in proportion.</summary>
public static class StratifiedKFold
{
    /// <summary>The fold (0..folds-1) of every item; the same labels, folds and seed always give the same assignment.</summary>
    /// <exception cref="ArgumentException">Fewer than two classes, fewer than two folds, or a class with fewer items than folds.</exception>
    public static int[] Assign(IReadOnlyList<int> labels, IReadOnlyList<string> classNames, int folds, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        Check(labels, classNames, folds);
        var assignment = new int[labels.Count];
        int next = 0;
        for (int c = 0; c < classNames.Count; c++)
        {
            var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == c).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            // Fisher-Yates with one stream per class, so adding images to one class leaves the others' folds alone.
            var rng = Rng.ForSample(seed, 0, c);
            for (int i = members.Length - 1; i > 0; i--)
            {
                int j = rng.Next(i + 1);
                (members[i], members[j]) = (members[j], members[i]);
            }

            // Continue the round-robin where the previous class stopped, so small classes do not all pile into fold 0.
            foreach (int m in members)
            {
                assignment[m] = next;
                next = (next + 1) % folds;
            }
        }

        return assignment;
    }

    /// <summary>Refuses data a stratified k-fold cannot split: one class, fewer than two folds, or a class with fewer images than folds.</summary>
    public static void Check(IReadOnlyList<int> labels, IReadOnlyList<string> classNames, int folds)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        if (folds < 2)
        {
            throw new ArgumentException($"--folds {folds}: need at least 2 folds to hold data out.");
        }

        var counts = new int[classNames.Count];
        foreach (int label in labels)
        {
            counts[label]++;
        }

        var present = Enumerable.Range(0, counts.Length).Where(c => counts[c] > 0).ToArray();
        if (present.Length < 2)
        {
            string which = present.Length == 0 ? "no images" : $"one class ('{classNames[present[0]]}', {counts[present[0]]} images)";
            throw new ArgumentException($"the data set has {which}; a classifier needs at least two classes with images (one subfolder per class).");
        }

        var small = present.Where(c => counts[c] < folds).ToArray();
        if (small.Length > 0)
        {
            string list = string.Join(", ", small.Select(c => $"'{classNames[c]}' has {counts[c]}"));
            throw new ArgumentException(
                $"too few images per fold: {list}; --folds {folds} needs at least {folds} images in every class (one per held-out fold). Add images or lower --folds.");
        }
    }
}
