using System.Globalization;
using SharpAugment.Cli;
using SharpAugment.Tabular.IO;

namespace SharpAugment.Tabular.Tests.Cli;

public sealed class TabularCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sa-tabular-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out(string name) => Path.Combine(_dir, name);

    public static IEnumerable<object[]> Methods() =>
        new[] { "smote", "borderline1", "borderline2", "adasyn", "kmeans_smote", "random", "smotenc", "smoten", "svm_smote" }.Select(m => new object[] { m });

    [Theory]
    [MemberData(nameof(Methods))]
    public void EveryMethodKeepsHeaderAndOriginalsAndAppendsRoundTrippingRows(string method)
    {
        string input = FixtureData.PathOf(method == "smotenc" ? "iris_mixed.csv" : "iris_imbalanced.csv");
        var args = new List<string> { "tabular", input, Out("out.csv"), "--label", "species", "--method", method, "--seed", "4" };
        if (method == "smotenc")
        {
            args.AddRange(["--categorical", "petal_size"]);
        }

        if (method == "kmeans_smote")
        {
            args.AddRange(["--clusters", "3"]);
        }

        Assert.Equal(0, Program.Main([.. args]));
        var original = File.ReadAllBytes(input);
        var written = File.ReadAllBytes(Out("out.csv"));
        Assert.Equal(original, written.AsSpan(0, original.Length).ToArray());
        var table = CsvTable.Read(Out("out.csv"));
        var before = CsvTable.Read(input);
        Assert.True(table.Rows.Count > before.Rows.Count);
        for (int r = before.Rows.Count; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            Assert.Contains(row[^1], new[] { "setosa", "versicolor", "virginica" });
            for (int c = 0; c < 3; c++)
            {
                if (method == "smoten")
                {
                    continue;
                }

                // Shortest round-trip formatting: parsing and re-formatting gives the same text.
                float v = float.Parse(row[c], CultureInfo.InvariantCulture);
                Assert.Equal(row[c], v.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void ClassCountsMatchTheStrategyAndTheSeedFixesTheFile()
    {
        string input = FixtureData.PathOf("iris_imbalanced.csv");
        Assert.Equal(0, Program.Main(["tabular", input, Out("a.csv"), "--label", "species", "--strategy", "versicolor:45,virginica:20", "--k", "3", "--seed", "9"]));
        Assert.Equal(0, Program.Main(["tabular", input, Out("b.csv"), "--label", "species", "--strategy", "versicolor:45,virginica:20", "--k=3", "--seed", "9"]));
        Assert.Equal(File.ReadAllBytes(Out("a.csv")), File.ReadAllBytes(Out("b.csv")));
        var counts = CsvTable.Read(Out("a.csv")).Rows.GroupBy(r => r[^1]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(50, counts["setosa"]);
        Assert.Equal(45, counts["versicolor"]);
        Assert.Equal(20, counts["virginica"]);
    }

    [Fact]
    public void BadCellsAreAllReportedAndNothingIsWritten()
    {
        string input = Out("bad.csv");
        File.WriteAllText(input, "a,b,y\n1,2,x\n1,oops,x\n3,4,z\nnan,1,z\n5,6\n");
        var stderr = new StringWriter();
        var saved = Console.Error;
        Console.SetError(stderr);
        try
        {
            Assert.Equal(1, Program.Main(["tabular", input, Out("o.csv"), "--label", "y"]));
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.Contains("line 6: 2 fields where the header has 3", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Out("o.csv")));
        File.WriteAllText(input, "a,b,y\n1,2,x\n1,oops,x\n3,4,z\nnan,1,z\n");
        Console.SetError(stderr = new StringWriter());
        try
        {
            Assert.Equal(1, Program.Main(["tabular", input, Out("o.csv"), "--label", "y"]));
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.Contains("line 3, column 'b': 'oops' is not a finite number", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 5, column 'a': 'nan' is not a finite number", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Out("o.csv")));
    }

    [Fact]
    public void UnknownColumnSameFileAndTooSmallClassAreClearErrors()
    {
        string input = FixtureData.PathOf("iris_imbalanced.csv");
        var stderr = new StringWriter();
        var saved = Console.Error;
        Console.SetError(stderr);
        try
        {
            Assert.Equal(2, Program.Main(["tabular", input, Out("o.csv"), "--label", "kind"]));
            Assert.Equal(2, Program.Main(["tabular", input, Out("o.csv"), "--label", "species", "--method", "smotenc", "--categorical", "colour"]));
            Assert.Equal(2, Program.Main(["tabular", input, input, "--label", "species"]));
            Assert.Equal(2, Program.Main(["tabular", input, Out("o.csv"), "--label", "species", "--k", "12"]));
        }
        finally
        {
            Console.SetError(saved);
        }

        string text = stderr.ToString();
        Assert.Contains("unknown column 'kind' (--label)", text, StringComparison.Ordinal);
        Assert.Contains("unknown column 'colour' (--categorical)", text, StringComparison.Ordinal);
        Assert.Contains("inputs are never overwritten", text, StringComparison.Ordinal);
        Assert.Contains("class 'virginica' has 12 row(s), fewer than k_neighbors + 1 = 13", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("o.csv")));
    }

    public static IEnumerable<object[]> UnderMethods() => new[]
    {
        "random_under", "tomek_links", "edited_nearest_neighbours", "repeated_edited_nearest_neighbours", "all_knn", "near_miss",
        "condensed_nearest_neighbour", "one_sided_selection", "neighbourhood_cleaning_rule", "cluster_centroids", "smote_enn", "smote_tomek",
    }.Select(m => new object[] { m });

    [Theory]
    [MemberData(nameof(UnderMethods))]
    public void UnderAndCombinedMethodsWriteKeptOriginalsInOrderThenSyntheticRowsAndReportTheRemoved(string method)
    {
        string input = FixtureData.PathOf("wine.csv");
        var args = new List<string> { "tabular", input, Out("out.csv"), "--label", "label", "--method", method, "--seed", "2", "--report", Out("removed.csv") };
        var stdout = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(stdout);
        try
        {
            Assert.Equal(0, Program.Main([.. args]));
        }
        finally
        {
            Console.SetOut(saved);
        }

        var lines = File.ReadAllLines(input);
        var written = File.ReadAllLines(Out("out.csv"));
        var removed = File.ReadAllLines(Out("removed.csv"));
        Assert.Equal(lines[0], written[0]);
        Assert.Equal(lines[0], removed[0]);

        // every input record is either kept (in input order, byte for byte) or in the report, never both
        var keptOriginals = new List<string>();
        int next = 1;
        for (int w = 1; w < written.Length && next < lines.Length; w++)
        {
            int at = Array.IndexOf(lines, written[w], next);
            if (at < 0)
            {
                break;
            }

            keptOriginals.Add(written[w]);
            next = at + 1;
        }

        Assert.Equal(lines.Length - 1, keptOriginals.Count + removed.Length - 1);
        Assert.Contains($"{method}: {lines.Length - 1} rows in, {removed.Length - 1} removed", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("(before 0=20, 1=71, 2=10)", stdout.ToString(), StringComparison.Ordinal);
        if (method is "smote_enn" or "smote_tomek" or "cluster_centroids")
        {
            Assert.True(written.Length - 1 > keptOriginals.Count, "synthetic rows follow the kept originals");
        }
        else
        {
            Assert.Equal(written.Length - 1, keptOriginals.Count);
        }
    }

    [Fact]
    public void NearMissVersionAndKindSelAreOptions()
    {
        string input = FixtureData.PathOf("wine.csv");
        var data = FixtureData.Table("wine");
        for (int v = 1; v <= 3; v++)
        {
            Assert.Equal(0, Program.Main(["tabular", input, Out($"nm{v}.csv"), "--label", "label", "--method", "near_miss", "--nearmiss-version", v.ToString(CultureInfo.InvariantCulture)]));
            var expected = new Tabular.Samplers.NearMiss { Version = v }.KeptRows(data, new Randomness.Rng(0));
            var lines = File.ReadAllLines(input);
            Assert.Equal(expected.Select(i => lines[i + 1]), File.ReadAllLines(Out($"nm{v}.csv")).Skip(1));
        }

        Assert.Equal(0, Program.Main(["tabular", input, Out("m.csv"), "--label", "label", "--method", "edited_nearest_neighbours", "--kind-sel", "mode", "--k", "5"]));
        var kept = new Tabular.Samplers.EditedNearestNeighbours { KindSel = Tabular.Samplers.EnnSelection.Mode, NNeighbors = 5 }.KeptRows(data, new Randomness.Rng(0));
        Assert.Equal(kept.Length, File.ReadAllLines(Out("m.csv")).Length - 1);
        Assert.NotEqual(0, Program.Main(["tabular", input, Out("x.csv"), "--label", "label", "--method", "near_miss", "--nearmiss-version", "4"]));
    }

    [Theory]
    [InlineData("smoter")]
    [InlineData("smogn")]
    public void RegressionMethodsTakeATargetAndARelevance(string method)
    {
        string input = FixtureData.PathOf("diabetes.csv");
        var stdout = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(stdout);
        try
        {
            Assert.Equal(0, Program.Main(["tabular", input, Out("r.csv"), "--target", "progression", "--method", method, "--relevance", "140.5:0,250:1", "--keep-normal", "--seed", "3"]));
        }
        finally
        {
            Console.SetOut(saved);
        }

        var lines = File.ReadAllLines(input);
        var written = File.ReadAllLines(Out("r.csv"));
        Assert.Equal(lines, written.Take(lines.Length));
        int rare = lines.Skip(1).Count(l => float.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture) >= 195.25f);
        Assert.Equal(221 - rare, written.Length - lines.Length);
        Assert.Contains($"{method}: 442 rows in, 0 removed, {221 - rare} synthetic rows added; 2 bumps, rare rows before {rare}, after 221", stdout.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(0, Program.Main(["tabular", input, Out("x.csv"), "--method", method]));
    }

    [Fact]
    public void MlsmoteTakesLabelColumns()
    {
        string input = Out("ml.csv");
        var rows = new List<string> { "x,y,a,b,c" };
        for (int i = 0; i < 40; i++)
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{i},{i % 7},1,{(i % 5 == 0 ? 1 : 0)},{(i % 10 == 0 ? 1 : 0)}"));
        }

        File.WriteAllLines(input, rows);
        var stdout = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(stdout);
        try
        {
            Assert.Equal(0, Program.Main(["tabular", input, Out("ml_out.csv"), "--method", "mlsmote", "--labels", "a,b,c", "--k", "2", "--seed", "1"]));
        }
        finally
        {
            Console.SetOut(saved);
        }

        var written = File.ReadAllLines(Out("ml_out.csv"));
        Assert.Equal(rows, written.Take(rows.Count));
        Assert.Contains("mlsmote: 40 rows in, 4 synthetic rows added; label counts now a=44, b=12, c=8 (before a=40, b=8, c=4)", stdout.ToString(), StringComparison.Ordinal);
        Assert.All(written.Skip(rows.Count), l => Assert.Contains(l.Split(',')[2], new[] { "0", "1" }));
        Assert.NotEqual(0, Program.Main(["tabular", input, Out("x.csv"), "--method", "mlsmote"]));
    }
}
