using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Tests.Augmenters;

/// <summary>The shared invariants over every registered tabular transform, found by discovery: a tabular transform registered without a case here fails.</summary>
public class TabularTransformMatrixTests
{
    /// <summary>Arguments that make each transform act (p = 1).</summary>
    private static readonly Dictionary<string, string> Cases = new()
    {
        ["tabular_gaussian_noise"] = "tabular_gaussian_noise(sigma=0.2)",
        ["tabular_mixup"] = "tabular_mixup(alpha=0.4)",
        ["tabular_rotate"] = "tabular_rotate(angle=-20..20, columns=[0, 2], center=[5, 3])",
    };

    private static readonly TransformRegistry Registry = new TransformRegistry().AddTabularTransforms();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in Registry.Descriptors.Where(d => d.TargetType == typeof(TabularDataset)))
        {
            data.Add(d.Name);
        }

        return data;
    }

    private static ITransform<TabularDataset> Build(string name)
    {
        Assert.True(Cases.TryGetValue(name, out var text), $"tabular transform '{name}' is registered but has no entry in TabularTransformMatrixTests.Cases");
        var t = Registry.Parse<TabularDataset>(text!);
        Assert.Equal(name, t.Name);
        return t;
    }

    // A table with numeric and categorical columns and three classes.
    private static TabularDataset Table() => FixtureData.Table("iris_nc");

    private static TabularDataset Run(ITransform<TabularDataset> t, TabularDataset d, ulong seed, IList<SampledStep>? tape = null) =>
        t.Apply(d, new AugmentContext(Rng.ForSample(seed, 0, 0), tape));

    [Fact]
    public void EveryTabularTransformIsCovered()
    {
        var names = Registry.Descriptors.Where(d => d.TargetType == typeof(TabularDataset)).Select(d => d.Name).ToList();
        Assert.True(names.Count >= 2, $"only {names.Count} tabular transforms found");
        Assert.Empty(Cases.Keys.Except(names));
        Assert.True(Table().CategoricalColumns > 0, "the matrix table must have a categorical column");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ActsKeepsShapeLabelsAndCategoriesAndLeavesTheInputAlone(string name)
    {
        var t = Build(name);
        Assert.True(t.Options.P == 1, $"{name}: its case must set p=1 (it has p={t.Options.P})");
        var data = Table();
        var numeric = (float[])data.Numeric.Clone();
        var categorical = (int[])data.Categorical.Clone();
        var labels = (int[])data.Labels.Clone();
        for (ulong seed = 0; seed < 4; seed++)
        {
            var tape = new List<SampledStep>();
            var r = Run(t, data, seed, tape);
            Assert.Equal(name, tape[0].Transform);
            Assert.NotNull(tape[0].Parameters);
            Assert.Equal((data.Rows, data.NumericColumns, data.CategoricalColumns), (r.Rows, r.NumericColumns, r.CategoricalColumns));
            Assert.Equal(labels, r.Labels);
            Assert.Equal(categorical, r.Categorical);
            Assert.Equal(data.ClassNames, r.ClassNames);
            Assert.NotEqual(numeric, r.Numeric);
            Assert.All(r.Numeric, v => Assert.True(float.IsFinite(v), $"{name} produced {v}"));
        }

        Assert.Equal(numeric, data.Numeric);
        Assert.Equal(categorical, data.Categorical);
        Assert.Equal(labels, data.Labels);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SameSeedSameTableRoundTripsAndReplays(string name)
    {
        var t = Build(name);
        var data = Table();
        var tape = new List<SampledStep>();
        var a = Run(t, data, 7, tape);
        Assert.Equal(a.Numeric, Run(t, data, 7).Numeric);
        Assert.NotEqual(a.Numeric, Run(t, data, 8).Numeric);
        Assert.Equal(a.Numeric, t.Apply(data, AugmentContext.ForReplay(tape)).Numeric);

        var spec = t.ToSpec();
        var fromText = Registry.Parse<TabularDataset>(spec.ToString());
        var fromJson = Registry.FromJson<TabularDataset>(PipelineJson.Format(spec));
        Assert.Equal(spec, fromText.ToSpec());
        Assert.Equal(spec, fromJson.ToSpec());
        Assert.Equal(a.Numeric, Run(fromText, data, 7).Numeric);
        Assert.Equal(a.Numeric, Run(fromJson, data, 7).Numeric);
    }
}
