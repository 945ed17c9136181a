using SharpAugment.Tabular.IO;

namespace SharpAugment.Tabular.Tests.IO;

public sealed class CsvTableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sa-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void QuotedFieldsAndCrlfArePreservedAndLabelsSortNumericallyOrByText()
    {
        string path = Path.Combine(_dir, "t.csv");
        File.WriteAllText(path, "x,\"the label\",c\r\n1.5,10,\"a, b\"\r\n2.5,9,plain\r\n3.5,10,plain\r\n");
        var table = CsvTable.Read(path);
        Assert.Equal(["x", "the label", "c"], table.Header);
        Assert.Equal("\r\n", table.NewLine);
        var errors = new List<string>();
        var enc = CsvTableEncoding.Create(table, "the label", ["c"], false, errors)!;
        Assert.Empty(errors);
        Assert.Equal(["9", "10"], enc.ClassNames); // numeric order, not text order ("10" < "9")
        Assert.Equal([1, 0, 1], enc.Data.Labels);
        Assert.Equal([0, 1, 1], enc.Data.Categorical); // "a, b" < "plain"
        var bytes = table.WriteWith([enc.Format(enc.Data, 0)]);
        Assert.Equal(File.ReadAllText(path) + "1.5,10,\"a, b\"\r\n", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(["a", "b", "c"], new ValueCodes(["c", "a", "b", "a"]).Names);
    }
}
