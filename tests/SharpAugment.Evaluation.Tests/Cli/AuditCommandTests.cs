using System.Text.Json;
using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using Spectre.Console;

namespace SharpAugment.Evaluation.Tests.Cli;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _dir = DigitsFixture.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Digits(int perClass)
    {
        string root = Path.Combine(_dir, $"digits{perClass}");
        DigitsFixture.Subset(perClass).WriteImageFolder(root);
        return root;
    }

    [Fact]
    public void Fail_on_risk_exits_3_for_a_label_destroying_step_and_the_json_follows_the_schema()
    {
        string json = Path.Combine(_dir, "audit.json");
        var output = new StringWriter();
        var settings = new AuditCommand.Settings { Dataset = Digits(40), Pipeline = "rotate(angle=180)", Folds = 2, Copies = 1, Json = json, FailOnRisk = true };
        Assert.Equal(AuditCommand.RiskExitCode, AuditCommand.Run(settings, output, interactive: false));
        Assert.Contains("destroys labels", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("6->9", output.ToString(), StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.InRange(root.GetProperty("baseline_accuracy").GetDouble(), 0.5, 1);
        var step = root.GetProperty("steps")[0];
        Assert.Equal("rotate(angle=180)", step.GetProperty("pipeline").GetString());
        Assert.Equal("destroys_labels", step.GetProperty("verdict").GetString());
        Assert.True(step.GetProperty("label_safety_accuracy").GetDouble() > 0);
        Assert.True(step.GetProperty("shift_accuracy").GetDouble() > 0);
        var confusion = step.GetProperty("confusions")[0];
        Assert.All(new[] { "from", "to", "rate" }, name => Assert.True(confusion.TryGetProperty(name, out _), name));

        // Without --fail-on-risk the same audit succeeds.
        Assert.Equal(0, AuditCommand.Run(new AuditCommand.Settings { Dataset = settings.Dataset, Pipeline = settings.Pipeline, Folds = 2, Copies = 1 }, new StringWriter(), false));
    }

    [Fact]
    public void A_dataset_with_one_class_is_refused_before_any_training()
    {
        string root = Path.Combine(_dir, "one");
        var ten = DigitsFixture.Subset(10);
        ten.Subset([.. Enumerable.Range(0, ten.Count).Where(i => ten.Labels[i] == 0)]).WriteImageFolder(root);
        foreach (var empty in Directory.GetDirectories(root).Where(d => Directory.GetFiles(d).Length == 0))
        {
            Directory.Delete(empty);
        }

        var e = Assert.Throws<ArgumentException>(() => AuditCommand.Run(new AuditCommand.Settings { Dataset = root, Pipeline = "hflip" }, new StringWriter(), false));
        Assert.Contains("one class ('0', 10 images)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_images_per_fold_is_refused_through_the_command_line_with_exit_code_2()
    {
        string root = Digits(3);
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(2, Program.Run(["audit", root, "--pipeline", "hflip", "--folds", "5"], AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No })));
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.Contains("too few images per fold", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'0' has 3", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_pipeline_fails_before_the_images_are_read()
    {
        var e = Assert.ThrowsAny<Exception>(() => AuditCommand.Run(new AuditCommand.Settings { Dataset = "/nonexistent", Pipeline = "rotat(angle=3)" }, new StringWriter(), false));
        Assert.Contains("rotat", e.Message, StringComparison.Ordinal);
    }
}
