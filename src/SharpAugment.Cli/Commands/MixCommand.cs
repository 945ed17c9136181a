using System.ComponentModel;
using System.Globalization;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Drawing;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Mixing;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment mix A B OUT --method mixup|cutmix|mosaic</c>: mixes two images of one size and prints the weight of A (and the box) as one JSON line.</summary>
public sealed class MixCommand : Command<MixCommand.Settings>
{
    /// <summary>Options of <c>mix</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The first image (weight lambda).</summary>
        [CommandArgument(0, "<A>")]
        [Description("First image; lambda is its weight.")]
        public string A { get; init; } = string.Empty;

        /// <summary>The second image.</summary>
        [CommandArgument(1, "<B>")]
        [Description("Second image, the same size as A.")]
        public string B { get; init; } = string.Empty;

        /// <summary>The output image.</summary>
        [CommandArgument(2, "<OUT>")]
        [Description("Output image (.png, .jpg or .webp); never A or B.")]
        public string Output { get; init; } = string.Empty;

        /// <summary>mixup, cutmix or mosaic.</summary>
        [CommandOption("-m|--method <METHOD>")]
        [Description("mixup (blend), cutmix (paste a box of B into A) or mosaic (A top-left and bottom-right, B elsewhere).")]
        public string Method { get; init; } = "mixup";

        /// <summary>The Beta parameter.</summary>
        [CommandOption("-a|--alpha <ALPHA>")]
        [Description("lambda ~ Beta(alpha, alpha) (default 1.0).")]
        public double Alpha { get; init; } = 1.0;

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <N>")]
        [Description("Random seed (default 0).")]
        public ulong Seed { get; init; }

        /// <summary>An optional contact sheet of A, B and every method.</summary>
        [CommandOption("--sheet <PATH>")]
        [Description("Also write a PNG showing A, B, mixup, cutmix and mosaic side by side.")]
        public string? Sheet { get; init; }

        /// <inheritdoc/>
        public override Spectre.Console.ValidationResult Validate() => Method is "mixup" or "cutmix" or "mosaic"
            ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error($"mix: --method must be mixup, cutmix or mosaic, not '{Method}'");
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var output in new[] { settings.Output, settings.Sheet })
        {
            if (output is not null)
            {
                OutputGuard.EnsureDiffers("mix", output, settings.A, settings.B);
            }
        }

        var a = ImageCodec.Load(settings.A);
        var b = ImageCodec.Load(settings.B);
        if (a.Width != b.Width || a.Height != b.Height || a.Channels != b.Channels)
        {
            throw new ArgumentException($"mix: A is {a.Width}x{a.Height}x{a.Channels} and B is {b.Width}x{b.Height}x{b.Channels}; they must have one size and channel count.");
        }

        var results = new Dictionary<string, (Image<byte> Image, string Json, double Lambda)>(StringComparer.Ordinal);
        foreach (var method in settings.Sheet is null ? [settings.Method] : new[] { "mixup", "cutmix", "mosaic" })
        {
            results[method] = Run(method, a, b, settings.Alpha, Rng.ForSample(settings.Seed, 0, 0));
        }

        var chosen = results[settings.Method];
        ImageCodec.Save(chosen.Image, settings.Output);
        if (settings.Sheet is not null)
        {
            var tiles = new List<SheetTile> { new(new Sample(a), ["A"]), new(new Sample(b), ["B"]) };
            foreach (var (method, r) in results)
            {
                tiles.Add(new SheetTile(new Sample(r.Image), [method, "lambda " + r.Lambda.ToString("0.000", CultureInfo.InvariantCulture)]));
            }

            ImageCodec.Save(ContactSheet.Render(tiles, tiles.Count, Math.Clamp(Math.Max(a.Width, a.Height), 32, 512)), settings.Sheet);
        }

        Console.Out.WriteLine(chosen.Json);
        return 0;
    }

    internal static (Image<byte> Image, string Json, double Lambda) Run(string method, Image<byte> a, Image<byte> b, double alpha, Rng rng)
    {
        float[] ya = [1f, 0f];
        float[] yb = [0f, 1f];
        switch (method)
        {
            case "mixup":
            {
                var r = MixPair.Mixup(a, ya, b, yb, alpha, rng);
                return ((Image<byte>)r.Image, $"{{\"lambda\": {F(r.Lambda)}}}", r.Lambda);
            }

            case "cutmix":
            {
                var r = MixPair.CutMix(a, ya, b, yb, alpha, rng);
                var x = r.Box!.Value;
                return ((Image<byte>)r.Image, $"{{\"lambda\": {F(r.Lambda)}, \"box\": [{x.XMin}, {x.YMin}, {x.XMax}, {x.YMax}]}}", r.Lambda);
            }

            default:
            {
                var batch = ImageBatch.FromSamples([new Sample(a) { Label = 0 }, new Sample(b) { Label = 1 }], 2);
                var mosaic = new Mosaic(new MosaicOptions());
                var p = mosaic.SampleParams(batch, rng);
                var tile = p.Tiles[0] with { Sources = [0, 1, 1, 0] };
                var r = mosaic.Apply(batch, new MosaicParams([tile, tile]));
                double kept = ((double)tile.CenterX * tile.CenterY + (double)(a.Width - tile.CenterX) * (a.Height - tile.CenterY)) / ((double)a.Width * a.Height);
                return ((Image<byte>)r.Samples[0].Image, $"{{\"lambda\": {F(kept)}, \"center\": [{tile.CenterX}, {tile.CenterY}]}}", kept);
            }
        }
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

}
