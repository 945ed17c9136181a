using System.ComponentModel;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Drawing;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Views;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment views IMAGE OUTDIR --recipe simclr|dino|fixmatch</c>: writes the augmented views of one image as PNGs, or prints the recipe's pipelines.</summary>
public sealed class ViewsCommand : Command<ViewsCommand.Settings>
{
    /// <summary>Options of <c>views</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The input image.</summary>
        [CommandArgument(0, "[IMAGE]")]
        [Description("Input image.")]
        public string? Image { get; init; }

        /// <summary>The output folder.</summary>
        [CommandArgument(1, "[OUTDIR]")]
        [Description("Folder for the view PNGs (created if missing), named after the views: view_1.png, global_1.png, local_3.png, weak.png, ...")]
        public string? OutDir { get; init; }

        /// <summary>The recipe.</summary>
        [CommandOption("-r|--recipe <NAME>")]
        [Description("simclr (2 views), dino (2 global + 8 local crops) or fixmatch (weak, strong).")]
        public string Recipe { get; init; } = "simclr";

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <N>")]
        [Description("Random seed (default 0): the same seed gives the same views.")]
        public ulong Seed { get; init; }

        /// <summary>Print the pipelines instead of (or before) writing views.</summary>
        [CommandOption("--explain")]
        [Description("Print every view pipeline with all defaults filled in (fixmatch uses IMAGE's size, or 32x32 without IMAGE).")]
        public bool Explain { get; init; }

        /// <summary>An optional contact sheet.</summary>
        [CommandOption("--sheet <PATH>")]
        [Description("Also write a PNG with the input and every view.")]
        public string? Sheet { get; init; }

        /// <inheritdoc/>
        public override Spectre.Console.ValidationResult Validate()
        {
            if (!ViewRecipes.Names.Contains(Recipe))
            {
                return Spectre.Console.ValidationResult.Error($"views: --recipe must be one of {string.Join(", ", ViewRecipes.Names)}, not '{Recipe}'");
            }

            return Explain || (Image is not null && OutDir is not null)
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error("views: IMAGE and OUTDIR are required (or use --explain)");
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var registry = Registries.CreateFull();
        Image<byte>? image = settings.Image is null ? null : ImageCodec.Load(settings.Image);
        var recipe = ViewRecipes.ByName(settings.Recipe, image?.Width ?? 32, image?.Height ?? 32);
        var multi = new MultiView(recipe, registry);
        if (settings.Explain)
        {
            Console.Out.WriteLine($"{recipe.Name}: {recipe.ViewCount} views" + (image is null && recipe.Name == "fixmatch" ? " (for a 32x32 input)" : string.Empty));
            foreach (var v in recipe.Views)
            {
                Console.Out.WriteLine($"{v.Name} x{v.Count}: {PipelineText.Format(ExplainCommand.Expand(registry, v.Pipeline))}");
            }
        }

        if (image is null || settings.OutDir is null)
        {
            return 0;
        }

        var views = multi.Apply(new Sample(image), Rng.ForSample(settings.Seed, 0, 0));
        Directory.CreateDirectory(settings.OutDir);
        string input = Path.GetFullPath(settings.Image!);
        var failures = new List<string>();
        var tiles = new List<Image<byte>>();
        for (int k = 0; k < views.Count; k++)
        {
            string path = Path.Combine(settings.OutDir, multi.ViewNames[k] + ".png");
            var pixels = ImageConversions.ToBytes(views[k].Image);
            tiles.Add(pixels);
            try
            {
                OutputGuard.EnsureDiffers("views", path, input);

                ImageCodec.Save(pixels, path);
                Console.Out.WriteLine($"{path} {pixels.Width}x{pixels.Height}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                failures.Add($"{path}: {e.Message}");
            }
        }

        if (settings.Sheet is not null)
        {
            ImageCodec.Save(Sheet(image, multi.ViewNames, tiles), settings.Sheet);
        }

        foreach (var f in failures)
        {
            Console.Error.WriteLine("failed: " + f);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static Image<byte> Sheet(Image<byte> image, IReadOnlyList<string> names, List<Image<byte>> views)
    {
        var tiles = new List<SheetTile> { new(new Sample(image), ["input", $"{image.Width}x{image.Height}"]) };
        int tileSize = 32;
        for (int k = 0; k < views.Count; k++)
        {
            tiles.Add(new SheetTile(new Sample(views[k]), [names[k], $"{views[k].Width}x{views[k].Height}"]));
            tileSize = Math.Max(tileSize, Math.Max(views[k].Width, views[k].Height));
        }

        return ContactSheet.Render(tiles, Math.Min(tiles.Count, 6), Math.Min(tileSize, 512));
    }
}
