using System.Reflection;
using System.Text.RegularExpressions;
using SharpAugment.Cli.Commands;
using SharpAugment.Pipelines;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SharpAugment.Cli;

/// <summary>The sharpaugment command line.</summary>
public static partial class Program
{
    /// <summary>Every command, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<CliCommand> Commands { get; } =
    [
        CliCommand.Of<ListCommand>("list", "List every transform with its parameters, types, defaults and ranges."),
        CliCommand.Of<ApplyCommand>("apply", "Augment one image file with a pipeline and write a PNG."),
        CliCommand.Of<MixCommand>("mix", "Mix two images (mixup, cutmix, mosaic) and print the weight of the first as JSON."),
        CliCommand.Of<ViewsCommand>("views", "Write the augmented views of one image (simclr, dino, fixmatch) as PNGs, or print their pipelines."),
        CliCommand.Of<BenchCommand>("bench", "Images per second of every benchmarked transform, single thread, as JSON (see docs/benchmarks.md)."),
        CliCommand.Of<TextCommand>("text", "Augment a labelled text data set (tsv label<TAB>sentence, csv or jsonl): augmented lines, then the original."),
        CliCommand.Of<AugmentCommand>("augment", "Augment a whole data set (flat, ImageFolder, YOLO, COCO, segmentation) into DEST: N copies per input."),
        CliCommand.Of<PreviewCommand>("preview", "Draw a contact sheet of augmentations with boxes, keypoints and mask outlines."),
        CliCommand.Of<TabularCommand>("tabular", "Oversample a CSV table (SMOTE family, random oversampling) with imbalanced-learn semantics."),
        CliCommand.Of<AudioCommand>("audio", "Augment a WAV file or a folder of them with a waveform pipeline."),
        CliCommand.Of<SpectrogramCommand>("spectrogram", "Write a WAV file's mel spectrogram as .npy (torchaudio's MelSpectrogram) or a .png picture, optionally SpecAugmented."),
        CliCommand.Of<PlaygroundCommand>("playground", "Serve a local page: pick a transform, slide its magnitude, see before and after (see docs/playground.md)."),
        CliCommand.Of<ExplainCommand>("explain", "Show a parsed pipeline with every default filled in, as text and JSON."),
        CliCommand.InBranch<DemoOverfittingCommand>(
            "demo", "Demonstrations of augmentation at work.",
            "overfitting", "Two identical MLPs on a noisy 40-point spiral, raw vs augmented: the four accuracies and both decision boundaries (PNG, JSON)."),
    ];

    /// <summary>The tool's version, from the assembly's informational version (without the source-revision suffix).</summary>
    public static string Version { get; } =
        (typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Main(string[] args) => Run(args, console: null);

    /// <summary>Runs the command line with Spectre's help and messages written to <paramref name="console"/> (the terminal when null), so tests can read them.</summary>
    internal static int Run(string[] args, IAnsiConsole? console)
    {
        ArgumentNullException.ThrowIfNull(args);
        var app = new CommandApp();
        app.Configure(config =>
        {
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.SetApplicationName("sharpaugment");
            config.SetApplicationVersion(Version);
            config.PropagateExceptions();
            // A misspelled option must stop the run: without strict parsing "--sead 3" is ignored and the default seed is used.
            config.UseStrictParsing();
            foreach (var command in Commands)
            {
                command.Register(config);
            }
        });
        try
        {
            return app.Run(TabularCommand.NormalizeArgs(args));
        }
        catch (Exception e) when (e is CommandAppException or ArgumentException or FormatException or KeyNotFoundException
                                      or InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine("error: " + e.Message + SuggestOption(args, e.Message));
            return 2;
        }
    }

    /// <summary>" Did you mean --seed?" when <paramref name="message"/> reports an unknown option of the command named in <paramref name="args"/>, else empty.</summary>
    internal static string SuggestOption(IReadOnlyList<string> args, string message)
    {
        var match = UnknownOption().Match(message);
        var command = Commands.FirstOrDefault(c => c.Name.Split(' ') is var words && args.Count >= words.Length && words.SequenceEqual(args.Take(words.Length)));
        if (!match.Success || command is null)
        {
            return string.Empty;
        }

        var close = Naming.Closest(match.Groups[1].Value, command.OptionNames(), max: 1);
        return close.Count == 0 ? string.Empty : $" Did you mean --{close[0]}? (see 'sharpaugment {command.Name} --help')";
    }

    [GeneratedRegex("^Unknown option '([^']+)'")]
    private static partial Regex UnknownOption();
}
