using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Evaluation.Tests;

public class TunerTests
{
    private static readonly TuneOptions Quick = new() { Folds = 2, Copies = 1, Seed = 3 };

    [Fact]
    public void Every_leaderboard_entry_parses_as_a_pipeline_and_the_board_is_sorted()
    {
        var registry = Registries.CreateFull();
        var report = Tuner.Run(DigitsFixture.Subset(20), registry, Quick with { Space = TuneSpace.All });
        Assert.Equal(Tuner.Candidates(TuneSpace.All, TuneBudget.Small).Order(StringComparer.Ordinal), report.Leaderboard.Select(e => e.Pipeline).Order(StringComparer.Ordinal));
        Assert.All(report.Leaderboard, e => Assert.NotNull(registry.Parse<Sample>(e.Pipeline)));
        Assert.Equal(report.Leaderboard.Select(e => e.MeanAccuracy).OrderDescending(), report.Leaderboard.Select(e => e.MeanAccuracy));
        Assert.Equal(report.Leaderboard[0].Pipeline, report.Best);
        Assert.All(report.Leaderboard, e => Assert.InRange(e.Std, 0, 0.5));
    }

    [Fact]
    public void The_grid_covers_n_and_m_and_always_includes_no_augmentation()
    {
        var small = Tuner.Candidates(TuneSpace.RandAugment, TuneBudget.Small);
        Assert.Equal(7, small.Count);
        Assert.Equal(Tuner.NoAugmentation, small[0]);
        Assert.Contains("randaugment(num_ops=2, magnitude=13)", small);
        Assert.Equal(16, Tuner.Candidates(TuneSpace.RandAugment, TuneBudget.Medium).Count);
        Assert.Equal(["randaugment(num_ops=0)", "autoaugment(policy=imagenet)", "autoaugment(policy=cifar10)", "autoaugment(policy=svhn)"],
            Tuner.Candidates(TuneSpace.AutoAugment, TuneBudget.Small));
    }

    [Fact]
    public void No_augmentation_leaves_every_image_unchanged()
    {
        var image = DigitsFixture.Full.Images[5];
        var result = Registries.CreateFull().Parse<Sample>(Tuner.NoAugmentation)
            .Apply(new Sample(image), new AugmentContext(Randomness.Rng.ForSample(1, 2, 3)));
        Assert.True(image.ContentEquals(ImageConversions.ToBytes(result.Image)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_leaderboard()
    {
        var data = DigitsFixture.Subset(15);
        var options = Quick with { Space = TuneSpace.TrivialAugment, Model = ProxyModelKind.LightGbm };
        Assert.Equal(Tuner.Run(data, Registries.CreateFull(), options).ToJson(), Tuner.Run(data, Registries.CreateFull(), options).ToJson());
    }

    [Fact]
    public void The_spread_is_the_sample_standard_deviation()
    {
        Assert.Equal(0, Tuner.Spread([0.5]));
        Assert.Equal(0.1, Tuner.Spread([0.8, 0.9, 1.0]), 12);
    }
}
