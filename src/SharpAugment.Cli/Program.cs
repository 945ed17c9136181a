using SharpAugment.Cli.Commands;
using Spectre.Console.Cli;

namespace SharpAugment.Cli;

/// <summary>The sharpaugment command line.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Main(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("sharpaugment");
            config.PropagateExceptions();
            config.AddCommand<ListCommand>("list").WithDescription("List every transform with its parameters, types, defaults and ranges.");
            config.AddCommand<ApplyCommand>("apply").WithDescription("Augment one image file with a pipeline and write a PNG.");
            config.AddCommand<MixCommand>("mix").WithDescription("Mix two images (mixup, cutmix, mosaic) and print the weight of the first as JSON.");
            config.AddCommand<ViewsCommand>("views").WithDescription("Write the augmented views of one image (simclr, dino, fixmatch) as PNGs, or print their pipelines.");
            config.AddCommand<BenchCommand>("bench").WithDescription("Images per second of every benchmarked transform, single thread, as JSON (see docs/benchmarks.md).");
            config.AddCommand<TextCommand>("text").WithDescription("Augment a labelled text data set (tsv label<TAB>sentence, csv or jsonl): augmented lines, then the original.");
            config.AddCommand<AugmentCommand>("augment").WithDescription("Augment a whole data set (flat, ImageFolder, YOLO, COCO, segmentation) into DEST: N copies per input.");
            config.AddCommand<PreviewCommand>("preview").WithDescription("Draw a contact sheet of augmentations with boxes, keypoints and mask outlines.");
            config.AddCommand<TabularCommand>("tabular").WithDescription("Oversample a CSV table (SMOTE family, random oversampling) with imbalanced-learn semantics.");
            config.AddCommand<AudioCommand>("audio").WithDescription("Augment a WAV file or a folder of them with a waveform pipeline.");
            config.AddCommand<SpectrogramCommand>("spectrogram").WithDescription("Write a WAV file's mel spectrogram as .npy (torchaudio's MelSpectrogram) or a .png picture, optionally SpecAugmented.");
            config.AddBranch("demo", demo =>
            {
                demo.SetDescription("Demonstrations: 'demo overfitting' trains two identical networks on a 40-point spiral, without and with augmentation.");
                demo.AddCommand<DemoOverfittingCommand>("overfitting").WithDescription("Two identical MLPs on a noisy spiral, raw vs augmented: the four accuracies and both decision boundaries (PNG, JSON).");
            });
            config.AddCommand<ExplainCommand>("explain").WithDescription("Show a parsed pipeline with every default filled in, as text and JSON.");
        });
        try
        {
            return app.Run(TabularCommand.NormalizeArgs(args));
        }
        catch (Exception e) when (e is CommandAppException or ArgumentException or FormatException or KeyNotFoundException
                                      or InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
    }
}
