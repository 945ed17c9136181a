// Times each photometric and dropout transform on one image, single-threaded, and prints images per second.
// Usage: dotnet run -c Release --project bench/PhotometricBench -- [image] [seconds-per-transform]
using System.Diagnostics;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

string path = args.Length > 0 ? args[0] : "samples/images/chelsea.png";
double seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1.0;
var bytes = ImageCodec.Load(path);
var floats = ImageConversions.ToFloat(bytes);
var registry = new TransformRegistry().AddImageTransforms();
string[] pipelines =
[
    "brightness(factor=1.3)", "contrast(factor=1.5)", "saturation(factor=1.8)", "hue(factor=0.1)",
    "color_jitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.5)", "gamma(gamma=0.7)", "grayscale", "invert",
    "posterize(bits=4)", "solarize(threshold=128)", "equalize", "autocontrast", "sharpness(factor=2)",
    "gaussian_blur(kernel_size=5, sigma=2)", "gaussian_noise(sigma=0.1)", "channel_shuffle(p=1)", "normalize",
    "random_erasing(p=1, scale=0.02..0.33)", "coarse_dropout(p=1, num_holes_range=1..8)",
];

Console.WriteLine($"{path}: {bytes.Width}x{bytes.Height}x{bytes.Channels}, {seconds} s per row, 1 thread, .NET {Environment.Version}");
Console.WriteLine($"{"pipeline",-70} {"uint8 img/s",12} {"float img/s",12}");
foreach (var text in pipelines)
{
    var t = registry.Parse<Sample>(text);
    Console.WriteLine($"{text,-70} {Rate(t, bytes),12:F0} {Rate(t, floats),12:F0}");
}

double Rate(ITransform<Sample> t, IImage image)
{
    var sample = new Sample(image);
    for (int i = 0; i < 20; i++)
    {
        t.Apply(sample, new AugmentContext(new Rng((ulong)i)));
    }

    var sw = Stopwatch.StartNew();
    long n = 0;
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        t.Apply(sample, new AugmentContext(new Rng((ulong)n)));
        n++;
    }

    return n / sw.Elapsed.TotalSeconds;
}
