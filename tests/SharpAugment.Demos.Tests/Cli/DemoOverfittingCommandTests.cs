using System.Text.Json;
using SharpAugment.Cli;
using SharpAugment.Demos.Overfitting;
using SharpAugment.Imaging.Skia;

namespace SharpAugment.Demos.Tests.Cli;

[Collection("Console")]
public sealed class DemoOverfittingCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sa-demo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (Program.Main(args), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    [Fact]
    public void PrintsTheFourAccuraciesAndWritesTheJsonOfTheIssueAndThePicture()
    {
        string json = Path.Combine(_dir, "result.json"), png = Path.Combine(_dir, "demo.png");
        var (code, output, error) = Run("demo", "overfitting", "--steps", "150", "--seed", "2", "--strength", "0.5", "--noise", "0.3", "--json", json, "--out", png);
        Assert.True(code == 0, error);

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        double[] four =
        [
            root.GetProperty("no_augmentation").GetProperty("train_accuracy").GetDouble(),
            root.GetProperty("no_augmentation").GetProperty("test_accuracy").GetDouble(),
            root.GetProperty("with_augmentation").GetProperty("train_accuracy").GetDouble(),
            root.GetProperty("with_augmentation").GetProperty("test_accuracy").GetDouble(),
        ];
        Assert.All(four, a => Assert.InRange(a, 0, 1));
        Assert.Equal(2UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(150, root.GetProperty("steps").GetInt32());
        Assert.Equal(0.5, root.GetProperty("strength").GetDouble());
        Assert.Equal(0.3, root.GetProperty("noise").GetDouble());
        Assert.Equal(40, root.GetProperty("points").GetInt32());
        Assert.Equal(AugmentationStrength.Pipeline(0.5), root.GetProperty("pipeline").GetString());

        // The command's numbers are the library's: the same settings through the API give the same result.
        var expected = new OverfittingSession(new OverfittingSettings { Steps = 150, Seed = 2, Strength = 0.5, Noise = 0.3 }).Run();
        Assert.Equal(expected.NoAugmentation.TestAccuracy, four[1]);
        Assert.Equal(expected.WithAugmentation.TestAccuracy, four[3]);
        string line = FormattableString.Invariant(
            $"No Aug: {100 * four[0]:F1}/{100 * four[1]:F1}% | With Aug: {100 * four[2]:F1}/{100 * four[3]:F1}% (train/test)");
        Assert.Contains(line, output);

        var picture = ImageCodec.Load(png);
        Assert.Equal(2 * 360 + OverfittingPicture.Gap, picture.Width);
        Assert.Equal(360, picture.Height);

        // Both panels are shaded in both class colours (orange: red > blue; blue: blue > red).
        foreach (int left in new[] { 0, 360 + OverfittingPicture.Gap })
        {
            int orange = 0, blue = 0;
            for (int y = 0; y < 360; y += 4)
            {
                for (int x = left; x < left + 360; x += 4)
                {
                    int r = picture[x, y, 0], b = picture[x, y, 2];
                    orange += r > b + 20 ? 1 : 0;
                    blue += b > r + 20 ? 1 : 0;
                }
            }

            Assert.True(orange > 500 && blue > 500, $"panel at {left}: {orange} orange and {blue} blue samples");
        }
    }

    [Fact]
    public void SeveralSeedsReportTheSpreadOfTheGainAndEveryRun()
    {
        string json = Path.Combine(_dir, "seeds.json");
        var (code, output, error) = Run("demo", "overfitting", "--steps", "40", "--seed", "5", "--seeds", "3", "--test-points", "1000", "--json", json);
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var runs = doc.RootElement.GetProperty("runs").EnumerateArray().ToArray();
        Assert.Equal([5UL, 6UL, 7UL], runs.Select(r => r.GetProperty("seed").GetUInt64()));
        var gains = runs.Select(r => r.GetProperty("test_accuracy_gain").GetDouble()).ToArray();
        Assert.Equal(gains.Average(), doc.RootElement.GetProperty("test_accuracy_gain_mean").GetDouble(), 1e-12);
        Assert.Equal(gains.Min(), doc.RootElement.GetProperty("test_accuracy_gain_min").GetDouble());

        // Each run is the single-seed run of its seed: running in parallel changes nothing.
        var single = new OverfittingSession(new OverfittingSettings { Steps = 40, Seed = 6, TestPoints = 1000 }).Run();
        Assert.Equal(single.TestAccuracyGain, gains[1]);
        Assert.Contains("test accuracy gain over 3 seeds: mean", output);
        Assert.Contains("seed 7: No Aug:", output);
    }

    [Fact]
    public void BadOptionsAreRefusedNamingTheOption()
    {
        var (code, _, error) = Run("demo", "overfitting", "--strength", "1.5", "--steps", "1");
        Assert.Equal(2, code);
        Assert.Contains("'strength' = 1.5 is invalid; allowed: [0, 1]", error);
        (code, _, error) = Run("demo", "overfitting", "--pipeline", "tabular_rotate(angle=nope)", "--steps", "1");
        Assert.Equal(2, code);
        Assert.Contains("tabular_rotate", error);
        (code, _, error) = Run("demo", "overfitting", "--sead", "3");
        Assert.Equal(2, code);
        Assert.Contains("Did you mean --seed?", error);
        (code, _, error) = Run("demo", "overfitting", "--seeds", "0");
        Assert.Equal(2, code);
        Assert.Contains("--seeds 0 is invalid", error);
    }
}
