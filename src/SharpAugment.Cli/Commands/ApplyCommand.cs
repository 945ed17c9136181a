using System.ComponentModel;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment apply INPUT OUTPUT --pipeline TEXT [--seed N]</c>: one image in, one augmented image out.</summary>
public sealed class ApplyCommand : Command<ApplyCommand.Settings>
{
    /// <summary>Options of <c>apply</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The input image file.</summary>
        [CommandArgument(0, "<INPUT>")]
        [Description("Input image (PNG, JPEG, WebP, BMP, GIF).")]
        public string Input { get; init; } = string.Empty;

        /// <summary>The output image file.</summary>
        [CommandArgument(1, "<OUTPUT>")]
        [Description("Output image (.png, .jpg or .webp).")]
        public string Output { get; init; } = string.Empty;

        /// <summary>The pipeline in the one-line syntax.</summary>
        [CommandOption("-p|--pipeline <TEXT>")]
        [Description("The pipeline, e.g. \"rotate(angle=-30..30) | hflip(p=0.5)\".")]
        public string Pipeline { get; init; } = string.Empty;

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <N>")]
        [Description("Random seed (default 0): the same seed gives the same bytes.")]
        public ulong Seed { get; init; }

        /// <summary>The pixel limit for the input and for every transform's output.</summary>
        [CommandOption("--max-pixels <N>")]
        [Description("Refuse an input, or a transform output, larger than this many pixels (default 100000000).")]
        public long MaxPixels { get; init; } = ResourceLimits.DefaultMaxPixels;

        /// <inheritdoc/>
        public override Spectre.Console.ValidationResult Validate() => string.IsNullOrWhiteSpace(Pipeline)
            ? Spectre.Console.ValidationResult.Error("--pipeline is required")
            : MaxPixels < 1 ? Spectre.Console.ValidationResult.Error("apply: --max-pixels must be at least 1")
            : Spectre.Console.ValidationResult.Success();
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        OutputGuard.EnsureDiffers("apply", settings.Output, settings.Input);

        var pipeline = Registries.CreateFull().Parse<Sample>(settings.Pipeline);
        var image = ImageCodec.Load(settings.Input, settings.MaxPixels);
        var result = SingleImageAugmenter.Apply(pipeline, new Sample(image), settings.Seed, null,
            new ResourceLimits { MaxPixels = settings.MaxPixels }, cancellationToken);
        ImageCodec.Save(ImageConversions.ToBytes(result.Image), settings.Output);
        return 0;
    }
}
