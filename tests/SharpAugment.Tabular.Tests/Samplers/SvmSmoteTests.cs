using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;
using SharpAugment.Tabular.Samplers;

namespace SharpAugment.Tabular.Tests.Samplers;

/// <summary>SVM-SMOTE: the SVM's support set against scikit-learn's SVC, and where the new rows lie.</summary>
public class SvmSmoteTests
{
    /// <summary>Support rows that may differ from scikit-learn's (libsvm shrinks its active set; we do not), as measured.</summary>
    private static readonly Dictionary<string, int> MaxSupportDifference = new() { ["iris"] = 0, ["wine"] = 0, ["breast_cancer"] = 0, ["digits"] = 0 };

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void SupportRowsMatchScikitLearnsSvc(string table)
    {
        var data = FixtureData.Table(table);
        var expected = FixtureData.Json(table + "_under").GetProperty("svc_support").EnumerateArray().Select(v => v.GetInt32()).ToHashSet();
        var actual = new Svc().SupportRows(data).ToHashSet();
        int differ = expected.Except(actual).Count() + actual.Except(expected).Count();
        Assert.True(differ <= MaxSupportDifference[table], $"{table}: {differ} support rows differ ({expected.Count} in scikit-learn)");
    }

    [Theory]
    [InlineData("wine")]
    [InlineData("breast_cancer")]
    public void NewRowsStartAtNonNoiseSupportRowsAndStayOnTheirLine(string table)
    {
        var data = FixtureData.Table(table);
        var sampler = new SvmSmote();
        var result = sampler.Resample(data, new Rng(5));
        var support = new Svc().SupportRows(data);
        int k = sampler.KNeighbors;
        for (int j = 0; j < result.SyntheticRows; j++)
        {
            int b = result.BaseRows[j], n = result.NeighborRows[j];
            int label = data.Labels[b];
            var (danger, safe) = sampler.Bases(data, label, support);
            Assert.True(danger.Contains(b) || safe.Contains(b));
            Assert.Equal(label, data.Labels[n]);
            var x = result.Data.NumericRow(result.OriginalRows + j);
            double? t = null;
            for (int f = 0; f < data.NumericColumns; f++)
            {
                double d = data.NumericRow(n)[f] - data.NumericRow(b)[f];
                if (Math.Abs(d) > 1e-2)
                {
                    double s = (x[f] - data.NumericRow(b)[f]) / d;
                    t ??= s;
                    Assert.Equal(t.Value, s, 2);
                }
            }

            // danger bases interpolate (step in [0, 1)); safe ones extrapolate away (step in (-out_step, 0])
            if (t is { } step)
            {
                Assert.InRange(step, danger.Contains(b) ? -1e-3 : -sampler.OutStep - 1e-3, danger.Contains(b) ? 1 + 1e-3 : 1e-3);
            }
        }

        Assert.True(result.SyntheticRows > 0);
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void ClassCountsMatchImbalancedLearn(string table)
    {
        // Only the Beta(10, 10) split is random, and it changes counts only when a class lacks danger or safe bases.
        var data = FixtureData.Table(table);
        var fx = FixtureData.Json(table + "_under").GetProperty("svm_smote");
        var sampler = new SvmSmote();
        var counts = FixtureData.CountsOf(sampler.Resample(data, new Rng(1)).Data);
        var expected = FixtureData.Counts(fx.GetProperty("ok"));
        var support = new Svc().SupportRows(data);
        int exact = 0;
        foreach (var (label, n) in sampler.Plan(data))
        {
            var (danger, safe) = n > 0 ? sampler.Bases(data, label, support) : ([], []);
            if (n == 0 || (danger.Length > 0 && safe.Length > 0))
            {
                Assert.Equal(expected[label], counts[label]);
                exact++;
            }
            else
            {
                int before = data.RowsOfClass(label).Length;
                Assert.InRange(counts[label], before, before + n);
                Assert.InRange(expected[label], before, before + n);
            }
        }

        Assert.True(exact >= 1, $"{table}: {exact} classes compared exactly");
    }
}
