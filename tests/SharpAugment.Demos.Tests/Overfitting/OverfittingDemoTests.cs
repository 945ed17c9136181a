using SharpAugment.Demos.Overfitting;
using Xunit.Abstractions;

namespace SharpAugment.Demos.Tests.Overfitting;

/// <summary>The claims on the default settings, over ten fixed seeds (0..9), nothing tuned per seed.</summary>
public class OverfittingDemoTests(ITestOutputHelper output)
{
    [Fact]
    public void WithoutAugmentationTheNetworkFitsThePointsAndAugmentationRaisesTestAccuracyOnAverage()
    {
        var results = new OverfittingResult[10];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            seed => results[seed] = new OverfittingSession(new OverfittingSettings { Seed = (ulong)seed }).Run());
        foreach (var r in results)
        {
            output.WriteLine($"seed {r.Seed}: no aug {r.NoAugmentation.TrainAccuracy:F3}/{r.NoAugmentation.TestAccuracy:F3}, with aug {r.WithAugmentation.TrainAccuracy:F3}/{r.WithAugmentation.TestAccuracy:F3}, gain {r.TestAccuracyGain:+0.000;-0.000}");
            Assert.True(r.NoAugmentation.TrainAccuracy >= 0.95, $"seed {r.Seed}: no-augmentation train accuracy {r.NoAugmentation.TrainAccuracy}");
        }

        double gain = results.Average(r => r.TestAccuracyGain);
        output.WriteLine($"mean test-accuracy gain over seeds 0..9: {gain:+0.0000;-0.0000}");
        Assert.True(gain > 0, $"mean test-accuracy gain {gain}");
    }
}
