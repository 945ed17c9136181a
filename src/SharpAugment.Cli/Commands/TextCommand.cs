using System.ComponentModel;
using SharpAugment.IO;
using SharpAugment.Text;
using SharpAugment.Text.IO;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment text IN OUT --pipeline TEXT</c>: augment a labelled text data set (TSV, CSV or JSONL), EDA's augment.py style.</summary>
public sealed class TextCommand : Command<TextCommand.Settings>
{
    /// <summary>Options of <c>text</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The input data set.</summary>
        [CommandArgument(0, "<IN>")]
        [Description("Input file, UTF-8: label<TAB>sentence lines (tsv), CSV with a header, or JSON lines.")]
        public string Input { get; init; } = string.Empty;

        /// <summary>The output data set.</summary>
        [CommandArgument(1, "<OUT>")]
        [Description("Output file, same format: per input line its augmented lines, then the original.")]
        public string Output { get; init; } = string.Empty;

        /// <summary>The pipeline in the one-line syntax.</summary>
        [CommandOption("-p|--pipeline <TEXT>")]
        [Description("The pipeline, e.g. \"eda(num_aug=9, alpha=0.1)\" or \"one_of([[aeda, keyboard_typos]])\".")]
        public string Pipeline { get; init; } = string.Empty;

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <N>")]
        [Description("Random seed (default 0): the same seed gives the same output.")]
        public ulong Seed { get; init; }

        /// <summary>The file layout.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("tsv (default, EDA's label<TAB>sentence), csv or jsonl.")]
        public string Format { get; init; } = "tsv";

        /// <summary>The text column (csv, jsonl).</summary>
        [CommandOption("--text-column <NAME>")]
        [Description("CSV column / JSON member holding the sentence (default text).")]
        public string TextColumn { get; init; } = "text";

        /// <summary>The label column (csv, jsonl).</summary>
        [CommandOption("--label-column <NAME>")]
        [Description("CSV column / JSON member holding the label (default label).")]
        public string LabelColumn { get; init; } = "label";

        /// <inheritdoc/>
        public override Spectre.Console.ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Pipeline))
            {
                return Spectre.Console.ValidationResult.Error("--pipeline is required");
            }

            return Format is "tsv" or "csv" or "jsonl"
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error($"--format '{Format}' is invalid; allowed: tsv, csv, jsonl");
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        OutputGuard.EnsureDiffers("text", settings.Output, settings.Input);

        var format = settings.Format switch
        {
            "csv" => TextFileFormat.Csv,
            "jsonl" => TextFileFormat.Jsonl,
            _ => TextFileFormat.Tsv,
        };
        var pipeline = Registries.CreateFull().Parse<TextSample>(settings.Pipeline);
        byte[] input = File.ReadAllBytes(settings.Input);
        var result = TextFileAugmenter.Augment(input, pipeline, settings.Seed, new TextFileOptions(format, settings.TextColumn, settings.LabelColumn));
        foreach (var e in result.Errors)
        {
            Console.Error.WriteLine($"{settings.Input}:{e.Line}: {e.Message} (skipped)");
        }

        AtomicFile.WriteAllBytes(settings.Output, result.Output);
        Console.WriteLine($"{result.Records} records -> {result.Written} lines in {settings.Output}" + (result.Errors.Count > 0 ? $"; {result.Errors.Count} lines skipped" : string.Empty));
        return result.Errors.Count > 0 ? 1 : 0;
    }
}
