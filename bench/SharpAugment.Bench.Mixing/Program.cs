using System.Diagnostics;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Collation;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Views;

// Prints the median wall time of batch mixing, collation and view recipes on synthetic 224x224 RGB images.
// Run: dotnet run -c Release --project bench/SharpAugment.Bench.Mixing
const int batchSize = 64;
const int size = 224;
var registry = new TransformRegistry().AddImageTransforms();
var samples = new Sample[batchSize];
for (int i = 0; i < batchSize; i++)
{
    var rng = new Rng((ulong)i);
    var img = new Image<byte>(size, size, 3);
    for (int k = 0; k < img.Pixels.Length; k++)
    {
        img.Pixels[k] = (byte)rng.Next(256);
    }

    samples[i] = new Sample(img) { Label = i % 10 };
}

var batch = ImageBatch.FromSamples(samples, 10);
Console.WriteLine($"batch {batchSize} x {size}x{size}x3 uint8, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
foreach (var text in new[] { "mixup(alpha=0.4)", "cutmix(alpha=1.0)", "timm_mixup(mixup_alpha=0.8, cutmix_alpha=1.0, mode=elem)", "mosaic" })
{
    var t = registry.Parse<ImageBatch>(text);
    Report(text, batchSize, seed => t.Apply(batch, new AugmentContext(new Rng(seed))));
}

var buffer = new float[TensorCollator.BufferLength(batch)];
Report("collate NCHW float, ImageNet mean/std", batchSize, _ => TensorCollator.CollateInto(batch, TensorCollator.ImageNetMean, TensorCollator.ImageNetStd, buffer));

var photo = samples[0] with { Image = Resize(samples[0], 500, 375, registry) };
foreach (var recipe in new[] { ViewRecipes.SimClr(), ViewRecipes.Dino(), ViewRecipes.FixMatch(32, 32) })
{
    var multi = new MultiView(recipe, registry);
    var input = recipe.Name == "fixmatch" ? samples[0] with { Image = Resize(samples[0], 32, 32, registry) } : photo;
    Report($"views {recipe.Name} ({recipe.ViewCount} views of a {input.Width}x{input.Height} image)", 1, seed => multi.Apply(input, new Rng(seed)));
}

static IImage Resize(Sample s, int w, int h, TransformRegistry r) =>
    r.Parse<Sample>($"resize(width={w}, height={h})").Apply(s, new AugmentContext(new Rng(0))).Image;

static void Report(string name, int items, Action<ulong> run)
{
    for (ulong w = 0; w < 3; w++)
    {
        run(w);
    }

    var times = new List<double>();
    var total = Stopwatch.StartNew();
    ulong seed = 100;
    while (times.Count < 7 || (total.Elapsed.TotalSeconds < 2 && times.Count < 200))
    {
        var sw = Stopwatch.StartNew();
        run(seed++);
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    double median = times[times.Count / 2];
    Console.WriteLine($"{name,-62} {median,9:F2} ms/call  {median * 1000 / items,9:F1} us/item  ({times.Count} runs)");
}
