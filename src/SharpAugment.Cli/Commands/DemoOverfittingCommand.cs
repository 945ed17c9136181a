using System.ComponentModel;
using System.Globalization;
using SharpAugment.Demos.Overfitting;
using SharpAugment.Imaging.Skia;
using SharpAugment.IO;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary>
/// <c>sharpaugment demo overfitting</c>: trains two identical networks on a small noisy spiral, one on the raw points
/// and one on augmented copies, prints the four accuracies and draws both decision boundaries.
/// </summary>
public sealed class DemoOverfittingCommand : Command<DemoOverfittingCommand.Settings>
{
    /// <summary>Options of <c>demo overfitting</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Training points.</summary>
        [CommandOption("--points <N>")]
        [Description("Training points, half per class (default 40).")]
        public int Points { get; init; } = 40;

        /// <summary>Spiral noise.</summary>
        [CommandOption("--noise <X>")]
        [Description("Std of the Gaussian noise on each coordinate; the arms are 1.43 apart (default 0.4).")]
        public double Noise { get; init; } = 0.4;

        /// <summary>Augmentation strength.</summary>
        [CommandOption("--strength <X>")]
        [Description("Augmentation strength in [[0, 1]]: rotation, same-class mixup and noise grow with it (default 0.4).")]
        public double Strength { get; init; } = 0.4;

        /// <summary>A pipeline replacing the strength's.</summary>
        [CommandOption("--pipeline <TEXT>")]
        [Description("Tabular pipeline to use instead of --strength's, e.g. \"tabular_rotate(angle=-20..20)\".")]
        public string? Pipeline { get; init; }

        /// <summary>Adam steps.</summary>
        [CommandOption("--steps <N>")]
        [Description("Adam steps for each network (default 2000).")]
        public int Steps { get; init; } = 2000;

        /// <summary>Test points.</summary>
        [CommandOption("--test-points <N>")]
        [Description("Test points from the same spiral (default 2000).")]
        public int TestPoints { get; init; } = 2000;

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <N>")]
        [Description("Seed of the data, the shared initial weights and the augmentation (default 0).")]
        public ulong Seed { get; init; }

        /// <summary>How many seeds to run.</summary>
        [CommandOption("--seeds <N>")]
        [Description("Run seeds S..S+N-1 (in parallel) and report the mean and spread of the test-accuracy gain (default 1).")]
        public int Seeds { get; init; } = 1;

        /// <summary>The picture.</summary>
        [CommandOption("-o|--out <FILE.png>")]
        [Description("Write both decision boundaries side by side (no augmentation left) as a PNG.")]
        public string? Out { get; init; }

        /// <summary>Draw test points too.</summary>
        [CommandOption("--show-test")]
        [Description("Draw the test points as small dots in the picture.")]
        public bool ShowTest { get; init; }

        /// <summary>The JSON result.</summary>
        [CommandOption("--json <FILE>")]
        [Description("Write the accuracies and settings as JSON.")]
        public string? Json { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var demo = new OverfittingSettings
        {
            Points = settings.Points,
            Noise = settings.Noise,
            Strength = settings.Strength,
            Pipeline = settings.Pipeline,
            Steps = settings.Steps,
            TestPoints = settings.TestPoints,
            Seed = settings.Seed,
        };
        if (settings.Seeds < 1 || settings.Seeds > 1000)
        {
            throw new ArgumentException($"demo overfitting: --seeds {settings.Seeds} is invalid; allowed: [1, 1000]");
        }

        var sessions = new OverfittingSession[settings.Seeds];
        for (int k = 0; k < sessions.Length; k++)
        {
            try
            {
                sessions[k] = new OverfittingSession(demo with { Seed = settings.Seed + (ulong)k }, Registries.CreateFull());
            }
            catch (ArgumentOutOfRangeException e)
            {
                // The settings' own message names the option and its range; drop the runtime's "(Parameter ...)" suffix.
                throw new ArgumentException(e.Message.Split(" (Parameter", 2)[0], e);
            }
        }

        // Sessions are independent and each is deterministic, so running them in parallel changes no number.
        Parallel.ForEach(sessions, new ParallelOptions { CancellationToken = cancellationToken }, session =>
        {
            for (int done = 0; done < demo.Steps; done += 100)
            {
                cancellationToken.ThrowIfCancellationRequested();
                session.Advance(100);
            }
        });

        var results = sessions.Select(s => s.Result()).ToArray();
        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(inv,
            $"overfitting demo: {demo.Points} points, noise {demo.Noise}, {demo.Steps} steps, {demo.TestPoints} test points, seed {demo.Seed}{(results.Length > 1 ? $"..{demo.Seed + (ulong)results.Length - 1}" : string.Empty)}"));
        Console.Out.WriteLine("augmentation: " + (sessions[0].PipelineText.Length == 0 ? "none (strength 0)" : sessions[0].PipelineText));
        foreach (var r in results)
        {
            Console.Out.WriteLine(string.Create(inv,
                $"{(results.Length > 1 ? $"seed {r.Seed}: " : string.Empty)}No Aug: {100 * r.NoAugmentation.TrainAccuracy:F1}/{100 * r.NoAugmentation.TestAccuracy:F1}% | With Aug: {100 * r.WithAugmentation.TrainAccuracy:F1}/{100 * r.WithAugmentation.TestAccuracy:F1}% (train/test)"));
        }

        var summary = OverfittingSummary.Of(results);
        Console.Out.WriteLine(results.Length == 1
            ? string.Create(inv, $"test accuracy gain from augmentation: {100 * summary.GainMean:+0.0;-0.0;0.0} points")
            : string.Create(inv, $"mean No Aug: {100 * summary.NoAugmentation.TrainAccuracy:F1}/{100 * summary.NoAugmentation.TestAccuracy:F1}% | With Aug: {100 * summary.WithAugmentation.TrainAccuracy:F1}/{100 * summary.WithAugmentation.TestAccuracy:F1}% (train/test)") + Environment.NewLine
              + string.Create(inv, $"test accuracy gain over {results.Length} seeds: mean {100 * summary.GainMean:+0.00;-0.00;0.00} points, std {100 * summary.GainStd:F2}, min {100 * summary.GainMin:+0.0;-0.0;0.0}, max {100 * summary.GainMax:+0.0;-0.0;0.0}, positive in {summary.Positive}/{results.Length}"));
        if (settings.Out is { } png)
        {
            AtomicFile.WriteAllBytes(png, ImageCodec.EncodePng(OverfittingPicture.Render(sessions[0], testPoints: settings.ShowTest)));
            Console.Out.WriteLine($"wrote {png} (seed {demo.Seed}; left: no augmentation, right: with augmentation)");
        }

        if (settings.Json is { } json)
        {
            AtomicFile.WriteAllText(json, results.Length == 1 ? results[0].ToJson() : summary.ToJson());
            Console.Out.WriteLine($"wrote {json}");
        }

        return 0;
    }
}
