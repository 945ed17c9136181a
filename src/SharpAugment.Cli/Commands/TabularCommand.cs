using System.ComponentModel;
using System.Globalization;
using SharpAugment.IO;
using SharpAugment.Randomness;
using SharpAugment.Tabular;
using SharpAugment.Tabular.IO;
using SharpAugment.Tabular.MultiLabel;
using SharpAugment.Tabular.Regression;
using SharpAugment.Tabular.Samplers;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary>
/// <c>sharpaugment tabular IN.csv OUT.csv --label COLUMN --method NAME</c>: over-, under- or combined sampling of a CSV
/// table. The header and the kept original records are copied byte for byte in input order, then the synthetic
/// records follow; <c>--report</c> writes the removed records.
/// </summary>
public sealed class TabularCommand : Command<TabularCommand.Settings>
{
    /// <summary>The methods, as accepted by <c>--method</c>.</summary>
    public static readonly IReadOnlyList<string> Methods =
    [
        "smote", "borderline1", "borderline2", "adasyn", "smotenc", "smoten", "kmeans_smote", "random", "svm_smote",
        "random_under", "tomek_links", "edited_nearest_neighbours", "repeated_edited_nearest_neighbours", "all_knn", "near_miss",
        "condensed_nearest_neighbour", "one_sided_selection", "neighbourhood_cleaning_rule", "cluster_centroids",
        "smote_enn", "smote_tomek", "smoter", "smogn", "mlsmote",
    ];

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
        [Description("Over: smote, borderline1, borderline2, adasyn, smotenc, smoten, kmeans_smote, random, svm_smote. Under: random_under, tomek_links, edited_nearest_neighbours, repeated_edited_nearest_neighbours, all_knn, near_miss, condensed_nearest_neighbour, one_sided_selection, neighbourhood_cleaning_rule, cluster_centroids. Combined: smote_enn, smote_tomek (default smote).")]
        public string Method { get; init; } = "smote";

        /// <summary>Neighbours.</summary>
        [CommandOption("-k|--k-neighbors <N>")]
        [Description("k_neighbors (n_neighbors for adasyn and the under-samplers; SMOTE's k for smote_enn/smote_tomek); default 5, 2 for kmeans_smote, 3 for the cleaning methods and near_miss, 1 for condensed_nearest_neighbour and one_sided_selection.")]
        public int? K { get; init; }

        /// <summary>The borderline danger neighbourhood.</summary>
        [CommandOption("--m-neighbors <N>")]
        [Description("m_neighbors of borderline1/borderline2/svm_smote (default 10).")]
        public int MNeighbors { get; init; } = 10;

        /// <summary>k-means clusters.</summary>
        [CommandOption("--clusters <N>")]
        [Description("Number of k-means clusters of kmeans_smote (default 8).")]
        public int Clusters { get; init; } = 8;

        /// <summary>Smoothed bootstrap.</summary>
        [CommandOption("--shrinkage <X>")]
        [Description("Smoothed bootstrap factor of random (default none: plain bootstrap).")]
        public double? Shrinkage { get; init; }

        /// <summary>ENN's agreement rule.</summary>
        [CommandOption("--kind-sel <all|mode>")]
        [Description("kind_sel of edited_nearest_neighbours, repeated_edited_nearest_neighbours, all_knn (default all).")]
        public string KindSel { get; init; } = "all";

        /// <summary>NearMiss version.</summary>
        [CommandOption("--nearmiss-version <1|2|3>")]
        [Description("version of near_miss (default 1).")]
        public int NearMissVersion { get; init; } = 1;

        /// <summary>Draw with replacement.</summary>
        [CommandOption("--replacement")]
        [Description("random_under draws with replacement.")]
        public bool Replacement { get; init; }

        /// <summary>Cluster centroids voting.</summary>
        [CommandOption("--voting <soft|hard>")]
        [Description("cluster_centroids: soft writes k-means centroids as new rows, hard keeps the nearest real rows (default soft).")]
        public string Voting { get; init; } = "soft";

        /// <summary>RENN passes.</summary>
        [CommandOption("--max-iter <N>")]
        [Description("max_iter of repeated_edited_nearest_neighbours (default 100).")]
        public int MaxIter { get; init; } = 100;

        /// <summary>AllKNN's allow_minority.</summary>
        [CommandOption("--allow-minority")]
        [Description("all_knn does not stop when a class becomes smaller than the minority.")]
        public bool AllowMinority { get; init; }

        /// <summary>NCR's threshold.</summary>
        [CommandOption("--threshold-cleaning <X>")]
        [Description("threshold_cleaning of neighbourhood_cleaning_rule (default 0.5).")]
        public double ThresholdCleaning { get; init; } = 0.5;

        /// <summary>Seeds of CNN and OSS.</summary>
        [CommandOption("--n-seeds-s <N>")]
        [Description("n_seeds_S of condensed_nearest_neighbour and one_sided_selection (default 1).")]
        public int NSeedsS { get; init; } = 1;

        /// <summary>The regression target.</summary>
        [CommandOption("--target <COLUMN>")]
        [Description("The numeric target column of smoter and smogn (instead of --label).")]
        public string Target { get; init; } = string.Empty;

        /// <summary>Multi-label columns.</summary>
        [CommandOption("--labels <C1,C2>")]
        [Description("The 0/1 label columns of mlsmote (instead of --label).")]
        public string Labels { get; init; } = string.Empty;

        /// <summary>Relevance control points.</summary>
        [CommandOption("--relevance <V:R,V:R>")]
        [Description("smoter/smogn relevance control points VALUE:RELEVANCE (default: from the target's box plot).")]
        public string Relevance { get; init; } = string.Empty;

        /// <summary>Relevance threshold.</summary>
        [CommandOption("--relevance-threshold <X>")]
        [Description("smoter/smogn: targets with relevance >= X are rare (default 0.5).")]
        public double RelevanceThreshold { get; init; } = 0.5;

        /// <summary>Over-sampling factor.</summary>
        [CommandOption("--over-sampling <X>")]
        [Description("smoter/smogn: grow each rare bump to X times its size and keep every normal row (default: balance, every bump to rows / bumps).")]
        public double? OverSampling { get; init; }

        /// <summary>Keep normal rows.</summary>
        [CommandOption("--keep-normal")]
        [Description("smoter/smogn with balance: do not under-sample the normal bumps.")]
        public bool KeepNormal { get; init; }

        /// <summary>The removed-rows report.</summary>
        [CommandOption("--report <FILE>")]
        [Description("Write the removed original records (header and records as in the input) to FILE.")]
        public string? Report { get; init; }

        /// <summary>The sampling strategy.</summary>
        [CommandOption("--strategy <S>")]
        [Description("auto, minority, majority, not_minority, not_majority, all, a ratio in (0, 1]] (binary), LABEL:COUNT,... targets, or LABEL,LABEL,... classes to clean (cleaning methods).")]
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
            IsRegression(Method) && string.IsNullOrWhiteSpace(Target) ? Spectre.Console.ValidationResult.Error($"--target is required for {Method}")
            : Method == "mlsmote" && string.IsNullOrWhiteSpace(Labels) ? Spectre.Console.ValidationResult.Error("--labels is required for mlsmote")
            : !IsRegression(Method) && Method != "mlsmote" && string.IsNullOrWhiteSpace(Label) ? Spectre.Console.ValidationResult.Error("--label is required")
            : !Methods.Contains(Method) ? Spectre.Console.ValidationResult.Error($"--method '{Method}' is not one of {string.Join(", ", Methods)}")
            : KindSel is not ("all" or "mode") ? Spectre.Console.ValidationResult.Error($"--kind-sel '{KindSel}' is not all or mode")
            : Voting is not ("soft" or "hard") ? Spectre.Console.ValidationResult.Error($"--voting '{Voting}' is not soft or hard")
            : NearMissVersion is < 1 or > 3 ? Spectre.Console.ValidationResult.Error($"--nearmiss-version {NearMissVersion} is not 1, 2 or 3")
            : Spectre.Console.ValidationResult.Success();
    }

    private static bool IsRegression(string method) => method is "smoter" or "smogn";

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
        if (settings.Report is { } report)
        {
            OutputGuard.EnsureDiffers("tabular --report", report, settings.Input);
            OutputGuard.EnsureDiffers("tabular --report", report, settings.Output);
        }

        var table = CsvTable.Read(settings.Input);
        var categorical = settings.Categorical.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var errors = new List<string>();
        bool regression = IsRegression(settings.Method);
        bool multiLabel = settings.Method == "mlsmote";
        var encoding = CsvTableEncoding.Create(table, regression || multiLabel ? string.Empty : settings.Label, categorical, settings.Method == "smoten", errors);
        if (encoding is null)
        {
            foreach (string e in errors)
            {
                Console.Error.WriteLine($"error: {settings.Input} {e}");
            }

            Console.Error.WriteLine($"tabular: {errors.Count} bad cell(s) or record(s); nothing written.");
            return 1;
        }

        ResampleResult result;
        ITableSampler? sampler = null;
        string summary = string.Empty;
        if (regression)
        {
            int target = encoding.NumericIndex(settings.Target);
            if (target < 0)
            {
                throw new ArgumentException($"{settings.Method}: --target '{settings.Target}' is not a numeric column of {settings.Input}.");
            }

            var regressor = CreateRegressor(settings);
            var (bumps, rare) = regressor.Bumps(encoding.Data, target);
            result = regressor.Resample(encoding.Data, target, Rng.ForSample(settings.Seed, 0, 0));
            int rareBefore = bumps.Where((_, b) => rare[b]).Sum(b => b.Length);
            summary = string.Create(CultureInfo.InvariantCulture, $"; {bumps.Length} bumps, rare rows before {rareBefore}, after {rareBefore + result.SyntheticRows}");
        }
        else if (multiLabel)
        {
            var names = settings.Labels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var columns = names.Select(n => encoding.NumericIndex(n) is int c and >= 0 ? c : throw new ArgumentException($"mlsmote: --labels column '{n}' is not a numeric (0/1) column of {settings.Input}.")).ToArray();
            result = new MlSmote { KNeighbors = settings.K ?? 5 }.Resample(encoding.Data, columns, Rng.ForSample(settings.Seed, 0, 0));
            string LabelCounts(TabularDataset d) => string.Join(", ", names.Select((n, j) => $"{n}={Enumerable.Range(0, d.Rows).Count(i => d.NumericRow(i)[columns[j]] == 1)}"));
            summary = $"; label counts now {LabelCounts(result.Data)} (before {LabelCounts(encoding.Data)})";
        }
        else
        {
            var strategy = SamplingStrategy.Parse(settings.Strategy, encoding.LabelCode);
            sampler = CreateSampler(settings, strategy);
            result = sampler.Resample(encoding.Data, Rng.ForSample(settings.Seed, 0, 0));
        }

        var synthetic = Enumerable.Range(result.OriginalRows, result.SyntheticRows).Select(r => encoding.Format(result.Data, r));
        AtomicFile.WriteAllBytes(settings.Output, table.WriteWith(result.KeptRows, synthetic));
        if (settings.Report is { } reportPath)
        {
            AtomicFile.WriteAllBytes(reportPath, table.WriteWith(result.RemovedRows, []));
        }

        string Counts(TabularDataset data) => string.Join(", ", data.ClassCounts().Select(p => $"{encoding.ClassNames[p.Key]}={p.Value}"));
        string removed = result.RemovedRows.Length > 0 || regression || sampler is UnderSampler or CombinedSampler ? $", {result.RemovedRows.Length} removed" : string.Empty;
        string counts = regression || multiLabel ? summary : $"; class counts now {Counts(result.Data)} (before {Counts(encoding.Data)})";
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Method}: {encoding.Data.Rows} rows in{removed}, {result.SyntheticRows} synthetic rows added{counts}"));
        return 0;
    }

    private static ITableSampler CreateSampler(Settings s, SamplingStrategy strategy) => s.Method switch
    {
        "smote" => new Smote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5 },
        "borderline1" => new BorderlineSmote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5, MNeighbors = s.MNeighbors },
        "borderline2" => new BorderlineSmote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5, MNeighbors = s.MNeighbors, Kind = BorderlineKind.Borderline2 },
        "adasyn" => new Adasyn { SamplingStrategy = strategy, NNeighbors = s.K ?? 5 },
        "smotenc" => new SmoteNC { SamplingStrategy = strategy, KNeighbors = s.K ?? 5 },
        "smoten" => new SmoteN { SamplingStrategy = strategy, KNeighbors = s.K ?? 5 },
        "kmeans_smote" => new KMeansSmote { SamplingStrategy = strategy, KNeighbors = s.K ?? 2, Clusters = s.Clusters },
        "random" => new RandomOverSampler { SamplingStrategy = strategy, Shrinkage = s.Shrinkage },
        "svm_smote" => new SvmSmote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5, MNeighbors = s.MNeighbors },
        "random_under" => new RandomUnderSampler { SamplingStrategy = strategy, Replacement = s.Replacement },
        "tomek_links" => new TomekLinks { SamplingStrategy = strategy },
        "edited_nearest_neighbours" => new EditedNearestNeighbours { SamplingStrategy = strategy, NNeighbors = s.K ?? 3, KindSel = KindSel(s) },
        "repeated_edited_nearest_neighbours" => new RepeatedEditedNearestNeighbours { SamplingStrategy = strategy, NNeighbors = s.K ?? 3, KindSel = KindSel(s), MaxIter = s.MaxIter },
        "all_knn" => new AllKnn { SamplingStrategy = strategy, NNeighbors = s.K ?? 3, KindSel = KindSel(s), AllowMinority = s.AllowMinority },
        "near_miss" => new NearMiss { SamplingStrategy = strategy, NNeighbors = s.K ?? 3, Version = s.NearMissVersion },
        "condensed_nearest_neighbour" => new CondensedNearestNeighbour { SamplingStrategy = strategy, NNeighbors = s.K ?? 1, NSeedsS = s.NSeedsS },
        "one_sided_selection" => new OneSidedSelection { SamplingStrategy = strategy, NNeighbors = s.K ?? 1, NSeedsS = s.NSeedsS },
        "neighbourhood_cleaning_rule" => new NeighbourhoodCleaningRule { SamplingStrategy = strategy, NNeighbors = s.K ?? 3, ThresholdCleaning = s.ThresholdCleaning },
        "cluster_centroids" => new ClusterCentroids { SamplingStrategy = strategy, Voting = s.Voting == "hard" ? CentroidVoting.Hard : CentroidVoting.Soft },
        "smote_enn" => new SmoteEnn { Smote = new Smote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5 } },
        "smote_tomek" => new SmoteTomek { Smote = new Smote { SamplingStrategy = strategy, KNeighbors = s.K ?? 5 } },
        _ => throw new ArgumentException($"tabular: unknown --method '{s.Method}'; use one of {string.Join(", ", Methods)}."),
    };

    private static RegressionOverSampler CreateRegressor(Settings s)
    {
        Relevance? relevance = null;
        if (s.Relevance.Length > 0)
        {
            var points = new List<(double, double)>();
            foreach (string part in s.Relevance.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var vr = part.Split(':');
                if (vr.Length != 2 || !double.TryParse(vr[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.TryParse(vr[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double r))
                {
                    throw new ArgumentException($"{s.Method}: --relevance '{part}' is not VALUE:RELEVANCE.");
                }

                points.Add((v, r));
            }

            relevance = new Relevance(points);
        }

        return s.Method == "smogn"
            ? new Smogn { KNeighbors = s.K ?? 5, Relevance = relevance, RelevanceThreshold = s.RelevanceThreshold, OverSamplingFactor = s.OverSampling, UnderSampleNormal = !s.KeepNormal }
            : new Smoter { KNeighbors = s.K ?? 5, Relevance = relevance, RelevanceThreshold = s.RelevanceThreshold, OverSamplingFactor = s.OverSampling, UnderSampleNormal = !s.KeepNormal };
    }

    private static EnnSelection KindSel(Settings s) => s.KindSel == "mode" ? EnnSelection.Mode : EnnSelection.All;
}
