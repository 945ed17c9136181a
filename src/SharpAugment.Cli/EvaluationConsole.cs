using SharpAugment.Evaluation;
using Spectre.Console;

namespace SharpAugment.Cli;

/// <summary>What audit and tune share on the command line: the data set, the model name and a progress bar over the models trained.</summary>
internal static class EvaluationConsole
{
    /// <summary>Parses --model: maxent (LbfgsMaximumEntropy) or lightgbm.</summary>
    public static ProxyModelKind ParseModel(string command, string? model) => model?.ToLowerInvariant() switch
    {
        null or "" or "maxent" => ProxyModelKind.MaximumEntropy,
        "lightgbm" => ProxyModelKind.LightGbm,
        _ => throw new ArgumentException($"{command}: --model '{model}' is not one of maxent, lightgbm."),
    };

    /// <summary>The model's name as --model takes it.</summary>
    public static string Name(ProxyModelKind model) => model == ProxyModelKind.LightGbm ? "lightgbm" : "maxent";

    /// <summary>Reads DATASET as an ImageFolder, naming the command in errors.</summary>
    public static LabelledImages Load(string command, string dataset)
    {
        if (string.IsNullOrWhiteSpace(dataset) || !Directory.Exists(dataset))
        {
            throw new ArgumentException($"{command}: DATASET '{dataset}' is not a folder; give an ImageFolder (one subfolder of images per class).");
        }

        return LabelledImages.FromImageFolder(dataset);
    }

    /// <summary>Runs <paramref name="work"/> under a Spectre progress bar when the terminal is interactive, else silently.</summary>
    public static T WithProgress<T>(string command, bool interactive, Func<Action<EvaluationProgress>?, T> work)
    {
        if (!interactive)
        {
            return work(null);
        }

        T result = default!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(command);
                result = work(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = $"{command}: {Markup.Escape(Shorten(p.Stage))}";
                });
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Whether stdout is a terminal that can draw a progress bar.</summary>
    public static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
