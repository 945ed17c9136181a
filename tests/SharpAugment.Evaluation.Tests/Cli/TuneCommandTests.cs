using System.Text.Json;
using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Evaluation.Tests.Cli;

public sealed class TuneCommandTests : IDisposable
{
    private readonly string _dir = DigitsFixture.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_the_leaderboard_json_and_the_best_pipeline_as_pipeline_json()
    {
        string root = Path.Combine(_dir, "digits");
        DigitsFixture.Subset(12).WriteImageFolder(root);
        string json = Path.Combine(_dir, "tune.json");
        string best = Path.Combine(_dir, "best.json");
        var output = new StringWriter();
        var settings = new TuneCommand.Settings { Dataset = root, Space = "trivialaugment", Folds = 2, Copies = 1, Json = json, Out = best };
        Assert.Equal(0, TuneCommand.Run(settings, output, interactive: false));

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var board = doc.RootElement.GetProperty("leaderboard").EnumerateArray().ToArray();
        Assert.Equal(2, board.Length);
        var registry = Registries.CreateFull();
        Assert.All(board, e =>
        {
            registry.Parse<Sample>(e.GetProperty("pipeline").GetString()!);
            Assert.InRange(e.GetProperty("mean_accuracy").GetDouble(), 0, 1);
            Assert.True(e.GetProperty("std").GetDouble() >= 0);
        });
        string winner = doc.RootElement.GetProperty("best").GetString()!;
        Assert.Equal(board[0].GetProperty("pipeline").GetString(), winner);
        Assert.Equal(PipelineText.Parse(winner), PipelineJson.Parse(File.ReadAllText(best)));
        Assert.Contains("best: " + winner, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_space_or_budget_is_refused_naming_the_choices()
    {
        var e = Assert.Throws<ArgumentException>(() => TuneCommand.Run(new TuneCommand.Settings { Dataset = _dir, Space = "randaug" }, new StringWriter(), false));
        Assert.Contains("randaugment, trivialaugment, autoaugment, all", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => TuneCommand.Run(new TuneCommand.Settings { Dataset = _dir, Budget = "huge" }, new StringWriter(), false));
        Assert.Contains("small, medium", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_with_one_class_is_refused()
    {
        string root = Path.Combine(_dir, "one", "cats");
        Directory.CreateDirectory(root);
        DigitsFixture.Subset(1).WriteImageFolder(Path.Combine(_dir, "tmp"));
        foreach (var f in Directory.GetFiles(Path.Combine(_dir, "tmp"), "*.png", SearchOption.AllDirectories))
        {
            File.Copy(f, Path.Combine(root, Path.GetFileName(f)));
        }

        var e = Assert.Throws<ArgumentException>(() => TuneCommand.Run(new TuneCommand.Settings { Dataset = Path.Combine(_dir, "one"), Folds = 2 }, new StringWriter(), false));
        Assert.Contains("one class ('cats', 10 images)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_images_per_fold_is_refused_before_any_training()
    {
        string root = Path.Combine(_dir, "three");
        DigitsFixture.Subset(3).WriteImageFolder(root);
        var e = Assert.Throws<ArgumentException>(() => TuneCommand.Run(new TuneCommand.Settings { Dataset = root, Folds = 4 }, new StringWriter(), false));
        Assert.Contains("too few images per fold", e.Message, StringComparison.Ordinal);
        Assert.Contains("--folds 4 needs at least 4 images in every class", e.Message, StringComparison.Ordinal);
    }
}
