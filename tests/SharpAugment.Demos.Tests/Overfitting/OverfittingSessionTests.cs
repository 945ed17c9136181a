using SharpAugment.Demos.Overfitting;

namespace SharpAugment.Demos.Tests.Overfitting;

public class OverfittingSessionTests
{
    private static readonly OverfittingSettings Short = new() { Steps = 60, TestPoints = 500, GridResolution = 16, Seed = 3 };

    [Fact]
    public void AtStrengthZeroTheTwoNetworksStayIdentical()
    {
        // Same initial weights, same optimizer, and with nothing to augment the same data: only the data may differ.
        var session = new OverfittingSession(Short with { Strength = 0 });
        Assert.Equal(string.Empty, session.PipelineText);
        Assert.Equal(session.NoAugmentation.Parameters, session.WithAugmentation.Parameters);
        session.Advance(60);
        Assert.Equal(session.NoAugmentation.Parameters, session.WithAugmentation.Parameters);
        Assert.Equal(0, session.Result().TestAccuracyGain);
    }

    [Fact]
    public void TheSameSettingsGiveTheSameRunAndTheAugmentedNetworkDiverges()
    {
        var a = new OverfittingSession(Short);
        var b = new OverfittingSession(Short);
        Assert.Equal(a.NoAugmentation.Parameters, a.WithAugmentation.Parameters);
        a.Run();
        b.Run();
        Assert.Equal(a.WithAugmentation.Parameters, b.WithAugmentation.Parameters);
        Assert.Equal(a.NoAugmentation.Parameters, b.NoAugmentation.Parameters);
        Assert.Equal(a.Result(), b.Result());
        Assert.NotEqual(a.NoAugmentation.Parameters, a.WithAugmentation.Parameters);
        Assert.NotEqual(a.Train.Numeric, new OverfittingSession(Short with { Seed = 4 }).Train.Numeric);
    }

    [Fact]
    public void EachStepDrawsFreshAugmentedCopiesFromItsOwnSeedAndKeepsLabels()
    {
        var session = new OverfittingSession(Short);
        var step5 = session.AugmentedBatch(5);
        Assert.Equal(Short.Points * Short.Copies, step5.Rows);
        Assert.Equal(step5.Numeric, new OverfittingSession(Short).AugmentedBatch(5).Numeric);
        Assert.NotEqual(step5.Numeric, session.AugmentedBatch(6).Numeric);
        for (int c = 0; c < Short.Copies; c++)
        {
            Assert.Equal(session.Train.Labels, step5.Labels.AsSpan(c * Short.Points, Short.Points).ToArray());
        }

        // The copies of one step differ from each other: every row gets its own draw.
        Assert.NotEqual(step5.Numeric.AsSpan(0, 2 * Short.Points).ToArray(), step5.Numeric.AsSpan(2 * Short.Points, 2 * Short.Points).ToArray());
    }

    [Fact]
    public async Task TheStreamYieldsTheInitialFrameThenEveryKStepsAndTheLastWithGridsOfTheRightSize()
    {
        var session = new OverfittingSession(Short);
        var frames = new List<TrainingFrame>();
        await foreach (var frame in session.StreamAsync(25))
        {
            frames.Add(frame);
        }

        Assert.Equal([0, 25, 50, 60], frames.Select(f => f.Step));
        Assert.All(frames, f =>
        {
            Assert.Equal(60, f.Steps);
            Assert.Equal(16 * 16, f.NoAugmentation.Probabilities.Length);
            Assert.Equal(16 * 16, f.WithAugmentation.Probabilities.Length);
            Assert.InRange(f.WithAugmentation.TestAccuracy, 0, 1);
        });

        // The first frame is the shared initialisation: both sides identical.
        Assert.Equal(frames[0].NoAugmentation.Probabilities, frames[0].WithAugmentation.Probabilities);
        Assert.True(frames[^1].NoAugmentation.TrainLoss < frames[0].NoAugmentation.TrainLoss);
        var last = session.Result();
        Assert.Equal(last.NoAugmentation.TestAccuracy, frames[^1].NoAugmentation.TestAccuracy);
    }

    [Fact]
    public void SceneAndFramesSerializeAsOneLineOfSnakeCaseJsonForServerSentEvents()
    {
        var session = new OverfittingSession(Short);
        string scene = session.Scene().ToJson();
        string frame = session.Frame().ToJson();
        Assert.DoesNotContain('\n', scene);
        Assert.DoesNotContain('\n', frame);
        using var s = System.Text.Json.JsonDocument.Parse(scene);
        Assert.Equal(2 * Short.Points, s.RootElement.GetProperty("train_points").GetArrayLength());
        Assert.Equal(Short.TestPoints, s.RootElement.GetProperty("test_labels").GetArrayLength());
        Assert.Equal(16, s.RootElement.GetProperty("grid_resolution").GetInt32());
        Assert.Equal(session.PipelineText, s.RootElement.GetProperty("pipeline").GetString());
        using var f = System.Text.Json.JsonDocument.Parse(frame);
        Assert.Equal(0, f.RootElement.GetProperty("step").GetInt32());
        Assert.Equal(256, f.RootElement.GetProperty("with_augmentation").GetProperty("probabilities").GetArrayLength());
        Assert.InRange(f.RootElement.GetProperty("no_augmentation").GetProperty("test_accuracy").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task CancellingTheStreamStopsTraining()
    {
        var session = new OverfittingSession(Short with { Steps = 100_000 });
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var frame in session.StreamAsync(10, cts.Token))
            {
                if (++seen == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(2, seen);
        Assert.True(session.Step < 100, $"training went on to step {session.Step} after cancellation");
    }

    [Fact]
    public void BadSettingsNameTheSettingAndItsRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new OverfittingSession(Short with { Strength = 1.5 }));
        Assert.Contains("'strength' = 1.5 is invalid; allowed: [0, 1]", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OverfittingSession(Short with { Points = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OverfittingSession(Short with { Noise = double.NaN }));
        Assert.ThrowsAny<ArgumentException>(() => new OverfittingSession(Short with { Pipeline = "tabular_rotate(columns=[0, 2])" }).AugmentedBatch(0));
    }

    [Fact]
    public void StrengthMapsOntoTheLibrarysTabularAugmenters()
    {
        Assert.Equal(string.Empty, AugmentationStrength.Pipeline(0));
        Assert.Equal("tabular_rotate(angle=-16..16) | tabular_mixup(alpha=0.16) | tabular_gaussian_noise(sigma=0.1)", AugmentationStrength.Pipeline(0.4));
        Assert.Throws<ArgumentOutOfRangeException>(() => AugmentationStrength.Pipeline(-0.1));
    }
}
