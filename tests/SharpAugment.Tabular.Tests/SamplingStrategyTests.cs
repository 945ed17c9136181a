using System.Globalization;
using System.Text.Json;

namespace SharpAugment.Tabular.Tests;

public class SamplingStrategyTests
{
    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void EveryStrategyResolvesAsImbalancedLearn(string table)
    {
        var data = FixtureData.Table(table);
        var counts = FixtureData.CountsOf(data);
        foreach (var entry in FixtureData.Json(table).GetProperty("strategies").EnumerateObject())
        {
            Func<SamplingStrategy> make = entry.Name.StartsWith("targets", StringComparison.Ordinal)
                ? () => SamplingStrategy.Targets(FixtureData.Counts(entry.Value.GetProperty("request")))
                : () => FixtureData.Strategy(entry.Name);
            if (entry.Value.TryGetProperty("ok", out var ok))
            {
                Assert.Equal(FixtureData.Counts(ok), make().Resolve(counts));
            }
            else
            {
                string reference = entry.Value.GetProperty("error").GetString()!;
                var e = Assert.ThrowsAny<ArgumentException>(() => make().Resolve(counts));
                Assert.Contains(KeyPhrase(reference), e.Message, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>The part of imbalanced-learn's message that ours repeats word for word.</summary>
    private static string KeyPhrase(string reference) =>
        reference.Contains("binary", StringComparison.Ordinal) ? "can be a float only when the type of target is binary"
        : reference.Contains("remove samples", StringComparison.Ordinal) ? "required to remove samples from the minority class"
        : reference.Contains("greater or equal", StringComparison.Ordinal) ? "should be greater or equal to the original number of samples"
        : reference.Contains("not present", StringComparison.Ordinal) ? "is/are not present in the data"
        : reference.Contains("(0, 1]", StringComparison.Ordinal) ? "(0.0, 1.0]"
        : throw new InvalidOperationException("unexpected reference error: " + reference);

    [Fact]
    public void ParseAcceptsTheCliForms()
    {
        var counts = new Dictionary<int, int> { [0] = 10, [1] = 4, [2] = 4 };
        Assert.Equal(new Dictionary<int, int> { [1] = 6, [2] = 6 }, SamplingStrategy.Parse("auto", int.Parse).Resolve(counts));
        Assert.Equal(new Dictionary<int, int> { [1] = 6 }, SamplingStrategy.Parse("minority", int.Parse).Resolve(counts));
        Assert.Equal(new Dictionary<int, int> { [0] = 0, [2] = 6 }, SamplingStrategy.Parse("not_minority", int.Parse).Resolve(counts));
        Assert.Equal(new Dictionary<int, int> { [1] = 2 }, SamplingStrategy.Parse("1:6", int.Parse).Resolve(counts));
        Assert.Throws<ArgumentException>(() => SamplingStrategy.Parse("majority", int.Parse).Resolve(counts));
        Assert.Equal(new Dictionary<int, int> { [0] = 4 }, SamplingStrategy.Parse("majority", int.Parse).ResolveUnder(counts));
        Assert.Equal(new Dictionary<int, int> { [0] = 4, [2] = 4 }, SamplingStrategy.Parse("0,2", int.Parse).ResolveUnder(counts, cleaning: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => SamplingStrategy.Parse("1.5", int.Parse));
        Assert.Throws<ArgumentException>(() => SamplingStrategy.Parse("1=6", int.Parse));
    }

    [Fact]
    public void TiesGoToTheSmallestLabel()
    {
        // Two majorities (0 and 2 with 5 rows) and two minorities (1 and 3 with 2 rows): Python's max/min keep the first.
        var counts = new Dictionary<int, int> { [0] = 5, [1] = 2, [2] = 5, [3] = 2 };
        Assert.Equal(new Dictionary<int, int> { [1] = 3, [2] = 0, [3] = 3 }, SamplingStrategy.Auto.Resolve(counts));
        Assert.Equal(new Dictionary<int, int> { [1] = 3 }, SamplingStrategy.Minority.Resolve(counts));
    }

    [Fact]
    public void OneClassIsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => SamplingStrategy.Auto.Resolve(new Dictionary<int, int> { [3] = 9 }));
        Assert.Contains("more than 1 class", e.Message, StringComparison.Ordinal);
    }
}
