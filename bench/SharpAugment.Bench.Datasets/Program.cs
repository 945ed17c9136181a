using System.Diagnostics;
using System.Globalization;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Datasets;
using SharpAugment.Pipelines;
using SharpAugment.Transforms;

// Data-set throughput: decode -> augment -> encode -> atomic write, images per second with 1 and 2 threads.
// Usage: dotnet run --project bench/SharpAugment.Bench.Datasets -c Release -- [images=100] [width=640] [height=480]
int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
int width = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 640;
int height = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 480;
string samples = Path.Combine(FindRepo(), "samples", "images");
string root = Path.Combine(Path.GetTempPath(), "sa-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
try
{
    // Inputs: crops of the bundled photos (real image content, so JPEG sizes are realistic), as JPEG q90 and PNG.
    var photos = new[] { ImageCodec.Load(Path.Combine(samples, "rocket.jpg")), ImageCodec.Load(Path.Combine(samples, "chelsea.png")) };
    foreach (var ext in new[] { "jpg", "png" })
    {
        for (int i = 0; i < count; i++)
        {
            var src = photos[i % 2];
            var img = new Image<byte>(width, height, 3);
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    int sx = (x + i * 7) % src.Width, sy = (y + i * 3) % src.Height;
                    for (int c = 0; c < 3; c++)
                    {
                        img[x, y, c] = src[sx, sy, c];
                    }
                }
            }

            ImageCodec.Save(img, Path.Combine(root, ext, "src", $"img{i:D4}.{ext}"), 90);
        }
    }

    var registry = new TransformRegistry().AddImageTransforms().AddCodecTransforms();
    Console.WriteLine($"{Environment.ProcessorCount} logical processors, .NET {Environment.Version}, {count} inputs of {width}x{height}, 1 copy each");
    Console.WriteLine("| input | pipeline | threads | images/s |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var ext in new[] { "jpg", "png" })
    {
        foreach (var text in new[] { "hflip(p=0.5)", "hflip(p=0.5) | jpeg_compression(quality=60..95)" })
        {
            foreach (int threads in new[] { 1, 2 })
            {
                var pipeline = registry.Parse<Sample>(text);
                string dest = Path.Combine(root, ext, $"out{threads}-{text.Length}");
                // Warm-up on a few inputs (JIT, Skia init), then the timed run into a fresh folder.
                var layout = DatasetLayout.Open(Path.Combine(root, ext, "src"), "flat");
                new DatasetAugmenter(pipeline, new DatasetAugmentOptions { Threads = threads }).Run(layout, dest + "-warm");
                var clock = Stopwatch.StartNew();
                var r = new DatasetAugmenter(pipeline, new DatasetAugmentOptions { Threads = threads }).Run(layout, dest);
                clock.Stop();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {ext} | `{text.Replace("|", "\\|", StringComparison.Ordinal)}` | {threads} | {r.Written / clock.Elapsed.TotalSeconds:F1} |"));
            }
        }
    }

    // PNG at zlib level 1 (--png-level 1) against the default 6.
    Console.WriteLine();
    Console.WriteLine("| input | png level | threads | images/s | output MB |");
    Console.WriteLine("|---|---|---|---|---|");
    foreach (int level in new[] { 6, 1 })
    {
        var layout = DatasetLayout.Open(Path.Combine(root, "png", "src"), "flat");
        var options = new DatasetAugmentOptions { Threads = 1, Output = new ImageOutputOptions(PngLevel: level) };
        string dest = Path.Combine(root, "png", $"level{level}");
        var clock = Stopwatch.StartNew();
        var r = new DatasetAugmenter(registry.Parse<Sample>("hflip(p=0.5)"), options).Run(layout, dest);
        clock.Stop();
        double mb = Directory.GetFiles(dest, "*.png").Sum(f => new FileInfo(f).Length) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| png | {level} | 1 | {r.Written / clock.Elapsed.TotalSeconds:F1} | {mb:F1} |"));
    }

    // Where one image's time goes (1 thread, median of the inputs): decode, pipeline, encode, atomic write (includes fsync).
    Console.WriteLine();
    Console.WriteLine("| input | decode ms | pipeline ms | encode ms | atomic write ms |");
    Console.WriteLine("|---|---|---|---|---|");
    var jpegPipeline = registry.Parse<Sample>("hflip(p=0.5) | jpeg_compression(quality=60..95)");
    foreach (var ext in new[] { "jpg", "png" })
    {
        var stages = new List<double[]>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, ext, "src")).Order(StringComparer.Ordinal).Take(30))
        {
            var t = new double[4];
            var sw = Stopwatch.StartNew();
            var img = ImageCodec.Load(file);
            t[0] = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var outImg = (Image<byte>)jpegPipeline.Apply(new Sample(img), new AugmentContext(new SharpAugment.Randomness.Rng(1))).Image;
            t[1] = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var bytes = ImageCodec.Encode(outImg, ext == "jpg" ? ImageFileFormat.Jpeg : ImageFileFormat.Png, 95);
            t[2] = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            SharpAugment.IO.AtomicFile.WriteAllBytes(Path.Combine(root, ext, "stage", Path.GetFileName(file)), bytes);
            t[3] = sw.Elapsed.TotalMilliseconds;
            stages.Add(t);
        }

        double Median(int i) => stages.Select(s => s[i]).Order().ElementAt(stages.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {ext} | {Median(0):F1} | {Median(1):F1} | {Median(2):F1} | {Median(3):F1} |"));
    }
}
finally
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SharpAugment.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new DirectoryNotFoundException("run from inside the repository");
}
