using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Support;

/// <summary>The pieces the discovery matrices share: which registered names they run, and the checks every data type gets.</summary>
public static class MatrixChecks
{
    /// <summary>The registered names whose descriptor passes <paramref name="keep"/>, as theory rows.</summary>
    public static TheoryData<string> Names(TransformRegistry registry, Func<TransformDescriptor, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var data = new TheoryData<string>();
        foreach (var d in registry.Descriptors.Where(keep))
        {
            data.Add(d.Name);
        }

        return data;
    }

    /// <summary>Checks that the spec survives text and JSON, and returns the transforms rebuilt from each.</summary>
    public static (ITransform<T> FromText, ITransform<T> FromJson) RoundTrip<T>(TransformRegistry registry, ITransform<T> t)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(t);
        var spec = t.ToSpec();
        var fromText = registry.Parse<T>(spec.ToString());
        var fromJson = registry.FromJson<T>(PipelineJson.Format(spec));
        Assert.Equal(spec, fromText.ToSpec());
        Assert.Equal(spec, fromJson.ToSpec());
        return (fromText, fromJson);
    }

    /// <summary>Checks that the case has p = 1 and that applying it draws parameters (it was not skipped); returns the output.</summary>
    public static T Acts<T>(ITransform<T> t, T input)
    {
        ArgumentNullException.ThrowIfNull(t);
        Assert.True(t.Options.P == 1, $"{t.Name}: its matrix case must set p=1 so it acts (it has p={t.Options.P})");
        var tape = new List<SampledStep>();
        var output = t.Apply(input, new AugmentContext(Rng.ForSample(5, 0, 0), tape));
        Assert.Equal(t.Name, tape[0].Transform);
        Assert.NotNull(tape[0].Parameters);
        return output;
    }
}
