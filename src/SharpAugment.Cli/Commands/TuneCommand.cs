using System.ComponentModel;
using System.Globalization;
using SharpAugment.Evaluation;
using SharpAugment.Pipelines;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment tune DATASET</c>: which policy strength helps a proxy model most on clean held-out folds.</summary>
public sealed class TuneCommand : Command<TuneCommand.Settings>
{
    /// <summary>Options of <c>tune</c>.</summary>
    public sealed class Settings : EvaluationSettings
    {
        /// <summary>The policies searched.</summary>
        [CommandOption("--space <SPACE>")]
        [Description("randaugment (default: the N x M grid), trivialaugment, autoaugment or all; no augmentation always competes.")]
        public string Space { get; init; } = "randaugment";

        /// <summary>The grid size.</summary>
        [CommandOption("--budget <BUDGET>")]
        [Description("small (default: N 1..2 x M 5, 9, 13) or medium (N 1..3 x M 3, 6, 9, 12, 15).")]
        public string Budget { get; init; } = "small";

        /// <summary>Where to write the best pipeline as pipeline JSON.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Write the best pipeline as pipeline JSON (what 'augment --config' reads).")]
        public string? Out { get; init; }

    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out, EvaluationConsole.Interactive);

    /// <summary>Runs the search and prints the leaderboard to <paramref name="output"/>; returns 0.</summary>
    internal static int Run(Settings settings, TextWriter output, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var options = new TuneOptions
        {
            Space = settings.Space.ToLowerInvariant() switch
            {
                "randaugment" => TuneSpace.RandAugment,
                "trivialaugment" => TuneSpace.TrivialAugment,
                "autoaugment" => TuneSpace.AutoAugment,
                "all" => TuneSpace.All,
                _ => throw new ArgumentException($"tune: --space '{settings.Space}' is not one of randaugment, trivialaugment, autoaugment, all."),
            },
            Budget = settings.Budget.ToLowerInvariant() switch
            {
                "small" => TuneBudget.Small,
                "medium" => TuneBudget.Medium,
                _ => throw new ArgumentException($"tune: --budget '{settings.Budget}' is not one of small, medium."),
            },
            Folds = settings.Folds,
            Copies = settings.Copies,
            Seed = settings.Seed,
            Model = EvaluationConsole.ParseModel("tune", settings.Model),
        };
        options.Validate();
        var data = EvaluationConsole.Load("tune", settings.Dataset);
        StratifiedKFold.Check(data.Labels, data.ClassNames, options.Folds);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv,
            $"tune: {data.Count} images, {data.ClassNames.Count} classes, {Tuner.Candidates(options.Space, options.Budget).Count} candidates, {options.Folds} folds, {options.Copies} copies, model {EvaluationConsole.Name(options.Model)}, seed {options.Seed}"));
        var registry = Registries.CreateFull();
        var report = EvaluationConsole.WithProgress("tune", interactive, p => Tuner.Run(data, registry, options, p));
        int width = Math.Max(8, report.Leaderboard.Max(e => e.Pipeline.Length));
        output.WriteLine($"rank  {"pipeline".PadRight(width)}  accuracy (clean held-out, mean +- std over folds)");
        for (int i = 0; i < report.Leaderboard.Count; i++)
        {
            var e = report.Leaderboard[i];
            string note = e.Pipeline == Tuner.NoAugmentation ? "  (no augmentation)" : string.Empty;
            output.WriteLine(string.Create(inv, $"{i + 1,4}  {e.Pipeline.PadRight(width)}  {e.MeanAccuracy:F4} +- {e.Std:F4}{note}"));
        }

        var best = PipelineText.Parse(report.Best);
        output.WriteLine($"best: {report.Best}");
        if (settings.Json is { Length: > 0 } json)
        {
            File.WriteAllText(json, report.ToJson() + "\n");
            output.WriteLine($"tune: leaderboard written to {json}");
        }

        if (settings.Out is { Length: > 0 } path)
        {
            File.WriteAllText(path, PipelineJson.Format(best) + "\n");
            output.WriteLine($"tune: best pipeline written to {path}");
        }

        return 0;
    }
}
