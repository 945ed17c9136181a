using System.ComponentModel;
using System.Globalization;
using SharpAugment.IO;
using SharpAugment.Randomness;
using SharpAugment.Tabular;
using SharpAugment.Tabular.IO;
using SharpAugment.Tabular.Samplers;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary>
/// <c>sharpaugment tabular IN.csv OUT.csv --label COLUMN --method NAME</c>: oversample a CSV table. The header and the
/// original records are copied byte for byte, then the synthetic records follow.
/// </summary>
public sealed class TabularCommand : Command<TabularCommand.Settings>
{
    /// <summary>The methods, as accepted by <c>--method</c>.</summary>
    public static readonly IReadOnlyList<string> Methods = ["smote", "borderline1", "borderline2", "adasyn", "smotenc", "smoten", "kmeans_smote", "random"];

    /// <summary>Options of <c>tabular</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The input CSV.</summary>
        [CommandArgument(0, "<INPUT>")]
        [Description("Input CSV with a header row.")]
        public string Input { get; init; } = string.Empty;

        /// <summary>The output CSV.</summary>
        [CommandArgument(1, "<OUTPUT>")]
        [Description("Output CSV: header and original rows unchanged, then the synthetic rows.")]
        public string Output { get; init; } = string.Empty;

        /// <summary>The label column.</summary>
        [CommandOption("-l|--label <COLUMN>")]
        [Description("The class label column (numbers or text).")]
        public string Label { get; init; } = string.Empty;

        /// <summary>The sampler.</summary>
        [CommandOption("-m|--method <NAME>")]
        [Description("smote, borderline1, borderline2, adasyn, smotenc, smoten, kmeans_smote or random (default smote).")]
        public string Method { get; init; } = "smote";

        /// <summary>Neighbours.</summary>
        [CommandOption("-k|--k-neighbors <N>")]
        [Description("k_neighbors (n_neighbors for adasyn); default 5, 2 for kmeans_smote.")]
        public int? K { get; init; }

        /// <summary>The borderline danger neighbourhood.</summary>
        [CommandOption("--m-neighbors <N>")]
        [Description("m_neighbors of borderline1/borderline2 (default 10).")]
        public int MNeighbors { get; init; } = 10;

        /// <summary>k-means clusters.</summary>
        [CommandOption("--clusters <N>")]
        [Description("Number of k-means clusters of kmeans_smote (default 8).")]
        public int Clusters { get; init; } = 8;

        /// <summary>Smoothed bootstrap.</summary>
        [CommandOption("--shrinkage <X>")]
        [Description("Smoothed bootstrap factor of random (default none: plain bootstrap).")]
        public double? Shrinkage { get; init; }

        /// <summary>The sampling strategy.</summary>
        [CommandOption("--strategy <S>")]
        [Description("auto, minority, not_minority, not_majority, all, a ratio in (0, 1]] (binary), or LABEL:COUNT,... targets.")]
        public string Strategy { get; init; } = "auto";

        /// <summary>Categorical columns.</summary>
        [CommandOption("--categorical <C1,C2>")]
        [Description("Comma-separated categorical columns (smotenc; with smoten every feature column is categorical).")]
        public string Categorical { get; init; } = string.Empty;

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <N>")]
        [Description("Random seed (default 0): the same seed gives the same file.")]
        public ulong Seed { get; init; }

        /// <inheritdoc/>
        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Label) ? Spectre.Console.ValidationResult.Error("--label is required")
            : !Methods.Contains(Method) ? Spectre.Console.ValidationResult.Error($"--method '{Method}' is not one of {string.Join(", ", Methods)}")
            : Spectre.Console.ValidationResult.Success();
    }

    /// <summary>
    /// Accepts the issue's spelling <c>--k 5</c> (and <c>--k=5</c>) for <c>--k-neighbors</c>: the CLI library
    /// reserves one-letter names for the single-dash form.
    /// </summary>
    public static string[] NormalizeArgs(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "tabular")
        {
            return args;
        }

        return [.. args.Select(a => a == "--k" ? "--k-neighbors" : a.StartsWith("--k=", StringComparison.Ordinal) ? "--k-neighbors=" + a[4..] : a)];
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        OutputGuard.EnsureDiffers("tabular", settings.Output, settings.Input);

        var table = CsvTable.Read(settings.Input);
        var categorical = settings.Categorical.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var errors = new List<string>();
        var encoding = CsvTableEncoding.Create(table, settings.Label, categorical, settings.Method == "smoten", errors);
        if (encoding is null)
        {
            foreach (string e in errors)
            {
                Console.Error.WriteLine($"error: {settings.Input} {e}");
            }

            Console.Error.WriteLine($"tabular: {errors.Count} bad cell(s) or record(s); nothing written.");
            return 1;
        }

        var strategy = SamplingStrategy.Parse(settings.Strategy, encoding.LabelCode);
        var sampler = CreateSampler(settings, strategy);
        var result = sampler.Resample(encoding.Data, Rng.ForSample(settings.Seed, 0, 0));
        var synthetic = Enumerable.Range(result.OriginalRows, result.SyntheticRows).Select(r => encoding.Format(result.Data, r));
        AtomicFile.WriteAllBytes(settings.Output, table.WriteWith(synthetic));
        var counts = result.Data.ClassCounts();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Method}: {result.OriginalRows} rows in, {result.SyntheticRows} synthetic rows added; class counts now {string.Join(", ", counts.Select(p => $"{encoding.ClassNames[p.Key]}={p.Value}"))}"));
        return 0;
    }

    private static OverSampler CreateSampler(Settings s, SamplingStrategy strategy) => s.Method switch
    {
        "smote" => new Smote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5 },
        "borderline1" => new BorderlineSmote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5, MNeighbors = s.MNeighbors },
        "borderline2" => new BorderlineSmote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5, MNeighbors = s.MNeighbors, Kind = BorderlineKind.Borderline2 },
        "adasyn" => new Adasyn { SamplingStrategy = strategy, NNeighbors = s.K ?? 5 },
        "smotenc" => new SmoteNC { SamplingStrategy = strategy, KNeighbors = s.K ?? 5 },
        "smoten" => new SmoteN { SamplingStrategy = strategy, KNeighbors = s.K ?? 5 },
        "kmeans_smote" => new KMeansSmote { SamplingStrategy = strategy, KNeighbors = s.K ?? 2, Clusters = s.Clusters },
        "random" => new RandomOverSampler { SamplingStrategy = strategy, Shrinkage = s.Shrinkage },
        _ => throw new ArgumentException($"tabular: unknown --method '{s.Method}'; use one of {string.Join(", ", Methods)}."),
    };
}
