namespace SharpAugment.Evaluation.Tests;

/// <summary>The committed UCI digits, and small per-class subsets of them that keep the tests quick.</summary>
internal static class DigitsFixture
{
    private static readonly Lazy<LabelledImages> All = new(() => DigitsData.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "digits.u8.gz")));

    public static LabelledImages Full => All.Value;

    /// <summary>The first <paramref name="perClass"/> images of each digit, in file order.</summary>
    public static LabelledImages Subset(int perClass)
    {
        var seen = new int[10];
        var keep = new List<int>();
        for (int i = 0; i < Full.Count; i++)
        {
            if (seen[Full.Labels[i]]++ < perClass)
            {
                keep.Add(i);
            }
        }

        return Full.Subset(keep);
    }

    /// <summary>A fresh temporary folder, deleted by the caller.</summary>
    public static string TempFolder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "sa-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
