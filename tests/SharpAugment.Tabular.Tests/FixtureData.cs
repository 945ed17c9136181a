using System.Globalization;
using System.Text.Json;

namespace SharpAugment.Tabular.Tests;

/// <summary>Loads the tables and imbalanced-learn records written by tools/make_tabular_fixtures.py.</summary>
internal static class FixtureData
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    /// <summary>Columns f* are numeric, c* categorical codes, the last is the label.</summary>
    public static TabularDataset Table(string name)
    {
        var lines = File.ReadAllLines(PathOf(name + ".csv"));
        var header = lines[0].Split(',');
        int numeric = header.Count(h => h.StartsWith('f'));
        int categorical = header.Count(h => h.StartsWith('c'));
        var values = new List<float>();
        var codes = new List<int>();
        var labels = new List<int>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            for (int i = 0; i < numeric; i++)
            {
                values.Add(float.Parse(cells[i], CultureInfo.InvariantCulture));
            }

            for (int i = 0; i < categorical; i++)
            {
                codes.Add(int.Parse(cells[numeric + i], CultureInfo.InvariantCulture));
            }

            labels.Add(int.Parse(cells[^1], CultureInfo.InvariantCulture));
        }

        return new TabularDataset([.. values], numeric, [.. labels], [.. codes], categorical);
    }

    public static JsonElement Json(string name) => JsonDocument.Parse(File.ReadAllText(PathOf(name + ".json"))).RootElement;

    public static Dictionary<int, int> Counts(JsonElement e) =>
        e.EnumerateObject().ToDictionary(p => int.Parse(p.Name, CultureInfo.InvariantCulture), p => p.Value.GetInt32());

    public static int[][] Matrix(JsonElement e) => e.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToArray();

    public static Dictionary<int, int> CountsOf(TabularDataset data) => data.ClassCounts().ToDictionary(p => p.Key, p => p.Value);

    public static SamplingStrategy Strategy(string key) => key switch
    {
        "auto" => SamplingStrategy.Auto,
        "minority" => SamplingStrategy.Minority,
        "not minority" => SamplingStrategy.NotMinority,
        "not majority" => SamplingStrategy.NotMajority,
        "all" => SamplingStrategy.All,
        _ => SamplingStrategy.Ratio(double.Parse(key, CultureInfo.InvariantCulture)),
    };

    public static readonly string[] Tables = ["iris", "wine", "breast_cancer", "digits"];

    public static IEnumerable<object[]> TableNames() => Tables.Select(t => new object[] { t });

    /// <summary>Squared distance in double between two rows of a numeric table.</summary>
    public static double Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = (double)a[i] - b[i];
            s += d * d;
        }

        return s;
    }
}
