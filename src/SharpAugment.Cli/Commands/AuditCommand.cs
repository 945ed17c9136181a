using System.ComponentModel;
using System.Globalization;
using SharpAugment.Evaluation;
using SharpAugment.Pipelines;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment audit DATASET --pipeline TEXT</c>: is each step safe for the labels, or does it shift the distribution or destroy labels?</summary>
public sealed class AuditCommand : Command<AuditCommand.Settings>
{
    /// <summary>The exit code when --fail-on-risk is given and a step destroys labels.</summary>
    public const int RiskExitCode = 3;

    /// <summary>Options of <c>audit</c>.</summary>
    public sealed class Settings : EvaluationSettings
    {
        /// <summary>The pipeline in the one-line syntax.</summary>
        [CommandOption("-p|--pipeline <TEXT>")]
        [Description("The pipeline to audit, e.g. \"rotate(angle=-8..8) | gaussian_blur(sigma=0.5)\"; the whole and each step are scored.")]
        public string Pipeline { get; init; } = string.Empty;

        /// <summary>The accuracy drop that makes a step risky.</summary>
        [CommandOption("--max-drop <D>")]
        [Description("Accuracy drop below the clean baseline that flags a step (default 0.10).")]
        public double MaxDrop { get; init; } = 0.10;

        /// <summary>Whether a label-destroying step fails the run.</summary>
        [CommandOption("--fail-on-risk")]
        [Description("Exit with code 3 when a step destroys labels (for CI).")]
        public bool FailOnRisk { get; init; }

        /// <inheritdoc/>
        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Pipeline)
                ? Spectre.Console.ValidationResult.Error("audit: give the pipeline to audit with --pipeline TEXT")
                : Spectre.Console.ValidationResult.Success();
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out, EvaluationConsole.Interactive);

    /// <summary>Runs the audit and prints its table to <paramref name="output"/>; returns 0, or 3 under --fail-on-risk when a step destroys labels.</summary>
    internal static int Run(Settings settings, TextWriter output, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var options = new AuditOptions
        {
            Folds = settings.Folds,
            Copies = settings.Copies,
            MaxDrop = settings.MaxDrop,
            Seed = settings.Seed,
            Model = EvaluationConsole.ParseModel("audit", settings.Model),
        };
        options.Validate();
        var registry = Registries.CreateFull();
        // Parse before loading images, so a typo in the pipeline fails at once.
        Auditor.Steps(settings.Pipeline).ToList().ForEach(s => registry.Build<Imaging.Sample>(s));
        var data = EvaluationConsole.Load("audit", settings.Dataset);
        StratifiedKFold.Check(data.Labels, data.ClassNames, options.Folds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"audit: {data.Count} images, {data.ClassNames.Count} classes, {options.Folds} folds, {options.Copies} copies, model {EvaluationConsole.Name(options.Model)}, seed {options.Seed}"));
        var report = EvaluationConsole.WithProgress("audit", interactive, p => Auditor.Run(data, settings.Pipeline, registry, options, p));
        Print(report, output);
        if (settings.Json is { Length: > 0 } json)
        {
            File.WriteAllText(json, report.ToJson() + "\n");
            output.WriteLine($"audit: report written to {json}");
        }

        return settings.FailOnRisk && report.DestroysLabels ? RiskExitCode : 0;
    }

    private static void Print(AuditReport report, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"baseline accuracy (trained clean, scored on clean held-out images): {report.BaselineAccuracy:F4}"));
        int width = Math.Max(8, report.Steps.Max(s => s.Pipeline.Length));
        output.WriteLine($"{"step".PadRight(width)}  label safety  shift   verdict              confusions");
        foreach (var s in report.Steps)
        {
            string confusions = s.Confusions.Count == 0 ? "-" : string.Join(", ", s.Confusions.Take(4).Select(c => string.Create(inv, $"{c.From}->{c.To} {c.Rate:F2}{(c.Source == ConfusionSource.Swap ? " swap" : string.Empty)}")));
            output.WriteLine(string.Create(inv,
                $"{s.Pipeline.PadRight(width)}  {s.LabelSafetyAccuracy,12:F4}  {s.ShiftAccuracy:F4}  {Words(s.Verdict),-19}  {confusions}"));
        }

        output.WriteLine("label safety: trained on clean + augmented copies, scored on augmented held-out images; shift: trained clean, scored on augmented held-out images.");
        output.WriteLine("confusions: share of a class's augmented held-out images called another class; 'swap' pairs trade places (the clean model calls each one the other).");
        if (report.BaselineNearChance)
        {
            output.WriteLine(string.Create(inv,
                $"audit: warning: the baseline {report.BaselineAccuracy:F4} is near chance ({report.ChanceAccuracy:F4} by always guessing the largest class): the proxy cannot tell these classes apart, so the verdicts are unreliable; add images per class."));
        }

        int risky = report.Steps.Count(s => s.Verdict == AuditVerdict.DestroysLabels);
        output.WriteLine(risky == 0 ? "audit: no step destroys labels" : $"audit: {risky} step(s) destroy labels");
    }

    private static string Words(AuditVerdict verdict) => verdict switch
    {
        AuditVerdict.DestroysLabels => "destroys labels",
        AuditVerdict.ShiftsDistribution => "shifts distribution",
        _ => "safe",
    };
}
