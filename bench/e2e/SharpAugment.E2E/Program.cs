// End-to-end input pipeline through SharpAugment.Training's DataLoader: read JPEG -> random_resized_crop 224 -> hflip ->
// randaugment -> collate 64 into a normalized NCHW float buffer, timed in images per second over several epochs after one
// warm-up epoch, as bench/e2e/torch_loader.py times torchvision's DataLoader on the same files.
// Usage: dotnet run -c Release --project bench/e2e/SharpAugment.E2E -- JPEG_DIR [workers=1] [epochs=4] [batch=64] [seed=0] [stages] [progress] [transient]
// workers: DataLoader worker threads (each builds whole batches, as torch DataLoader's worker processes); Prefetch is
// 2 x workers, torch's default prefetch_factor. Files are opened lazily (EncodedImage), so random_resized_crop decodes
// only its window. "stages" reports the seconds spent inside the pipeline (augment, window decode included) and the rest
// of each epoch (file read and header, collation, hand-off). "progress" prints rate and ETA per batch to stderr.
// "transient" turns PersistentWorkers off (new worker threads every epoch), for comparing the two in one run.
using System.Diagnostics;
using System.Globalization;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Collation;
using SharpAugment.Imaging.Skia.Datasets;
using SharpAugment.Pipelines;
using SharpAugment.Training;
using SharpAugment.Transforms;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: SharpAugment.E2E JPEG_DIR [workers=1] [epochs=4] [batch=64] [seed=0] [stages] [progress] [transient]");
    return 2;
}

string dir = args[0];
int workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
int epochs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
int batchSize = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 64;
ulong seed = args.Length > 4 ? ulong.Parse(args[4], CultureInfo.InvariantCulture) : 0;
bool stages = args.Skip(5).Contains("stages");
bool progress = args.Skip(5).Contains("progress");
bool transient = args.Skip(5).Contains("transient");
if (epochs < 1 || batchSize < 1 || workers < 1)
{
    Console.Error.WriteLine($"SharpAugment.E2E: workers ({workers}), epochs ({epochs}) and batch ({batchSize}) must be at least 1.");
    return 2;
}

const string PipelineText = "random_resized_crop(width=224, height=224) | hflip(p=0.5) | randaugment(num_ops=2, magnitude=9)";
var dataset = ImageDataset.Open(dir, DatasetLayout.Open(dir, "flat"));
if (dataset.Count == 0)
{
    Console.Error.WriteLine($"SharpAugment.E2E: no images in {dir}.");
    return 1;
}

var pipeline = new TransformRegistry().AddImageTransforms().Parse<Sample>(PipelineText);
long augmentTicks = 0;
ITransform<Sample> timed = stages ? new Timed(pipeline, t => Interlocked.Add(ref augmentTicks, t)) : pipeline;
var loader = new DataLoader(dataset, timed, new DataLoaderOptions
{
    BatchSize = batchSize,
    Seed = seed,
    Workers = workers,
    Prefetch = 2 * workers,
    PersistentWorkers = !transient,
    Mean = [.. TensorCollator.ImageNetMean],
    Std = [.. TensorCollator.ImageNetStd],
});

// The consumer would hand the buffer to the model; here it reads one value per image so no work can be skipped, summed
// in batch order, so the checksum is the same for every worker count.
double checksum = 0;
var epochRates = new List<double>();
long timedImages = 0, augmentTimed = 0;
double timedSeconds = 0;
for (int epoch = 0; epoch <= epochs; epoch++)
{
    long augmentBefore = Interlocked.Read(ref augmentTicks);
    var sw = Stopwatch.StartNew();
    int done = 0;
    await foreach (var batch in loader.ReadEpochAsync(epoch))
    {
        using (batch)
        {
            long per = batch.Data.Length / batch.Count;
            for (int i = 0; i < batch.Count; i++)
            {
                checksum += batch.Data[i * per];
            }

            done += batch.Count;
        }

        if (progress)
        {
            double rate = done / sw.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch}: {done}/{dataset.Count} images, {rate:F0} img/s, ETA {TimeSpan.FromSeconds((dataset.Count - done) / rate):mm\\:ss}"));
        }
    }

    sw.Stop();
    if (epoch > 0)
    {
        epochRates.Add(dataset.Count / sw.Elapsed.TotalSeconds);
        timedImages += dataset.Count;
        timedSeconds += sw.Elapsed.TotalSeconds;
        augmentTimed += Interlocked.Read(ref augmentTicks) - augmentBefore;
    }
}

double augmentSeconds = augmentTimed / (double)Stopwatch.Frequency;
string stageJson = stages
    ? string.Create(CultureInfo.InvariantCulture,
        $", \"stage_seconds\": {{\"augment\": {augmentSeconds:F3}, \"rest\": {(workers == 1 ? timedSeconds - augmentSeconds : double.NaN):F3}}}")
    : "";
var rates = string.Join(", ", epochRates.Select(r => r.ToString("F1", CultureInfo.InvariantCulture)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"side\": \"sharpaugment\", \"threads\": {workers}, \"images\": {dataset.Count}, \"batch\": {batchSize}, \"epochs\": {epochs}, " +
    $"\"images_per_second\": {timedImages / timedSeconds:F1}, \"epoch_images_per_second\": [{rates}], " +
    $"\"pipeline\": \"{PipelineText}\", \"loader\": \"{(transient ? "DataLoader, transient workers" : "DataLoader")}\", \"dotnet\": \"{Environment.Version}\", \"checksum\": {checksum:F3}{stageJson}}}"));
return 0;

/// <summary>Times the pipeline's work on each sample (the window decode included) for the stage report.</summary>
internal sealed class Timed(ITransform<Sample> inner, Action<long> add) : ITransform<Sample>
{
    public string Name => inner.Name;

    public TransformOptions Options => inner.Options;

    public TransformSpec ToSpec() => inner.ToSpec();

    public Sample Apply(Sample input, AugmentContext context)
    {
        long t0 = Stopwatch.GetTimestamp();
        var result = inner.Apply(input, context);
        add(Stopwatch.GetTimestamp() - t0);
        return result;
    }
}
