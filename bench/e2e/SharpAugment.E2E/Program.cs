// End-to-end input pipeline: decode JPEG -> random_resized_crop 224 -> hflip -> randaugment -> collate 64 into a
// normalized NCHW float buffer, timed in images per second over several epochs after one warm-up epoch.
// Usage: dotnet run -c Release --project bench/e2e/SharpAugment.E2E -- JPEG_DIR [threads=1|2] [epochs=4] [batch=64] [seed=0] [stages] [eager]
// "stages" (threads=1 only) also reports the seconds spent in decode, augment and collate over the timed epochs.
// Files are opened as EncodedImage, so random_resized_crop decodes only its window (the same pixels as a full decode;
// the "decode" stage is then reading the file and its header, the window decode counts as augment). "eager" decodes
// every file whole first (ImageCodec.Load), as torchvision's loader does.
// threads=1: everything on the calling thread. threads=2: two workers (the caller and one dedicated thread) each build whole
// batches, worker t taking batches t, t + 2, ..., as torch DataLoader's worker processes do.
using System.Diagnostics;
using System.Globalization;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Collation;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: SharpAugment.E2E JPEG_DIR [threads=1|2] [epochs=4] [batch=64] [seed=0]");
    return 2;
}

string dir = args[0];
int threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
int epochs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
int batchSize = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 64;
ulong seed = args.Length > 4 ? ulong.Parse(args[4], CultureInfo.InvariantCulture) : 0;
bool stages = args.Skip(5).Contains("stages");
bool eager = args.Skip(5).Contains("eager");
if (stages && threads != 1)
{
    Console.Error.WriteLine("SharpAugment.E2E: stages timing needs threads=1.");
    return 2;
}
if (threads is not (1 or 2))
{
    Console.Error.WriteLine($"SharpAugment.E2E: threads is {threads}; allowed 1 or 2.");
    return 2;
}

if (epochs < 1 || batchSize < 1)
{
    Console.Error.WriteLine($"SharpAugment.E2E: epochs ({epochs}) and batch ({batchSize}) must be at least 1.");
    return 2;
}

string[] files = Directory.GetFiles(dir, "*.jpg");
Array.Sort(files, StringComparer.Ordinal);
if (files.Length == 0)
{
    Console.Error.WriteLine($"SharpAugment.E2E: no *.jpg files in {dir}.");
    return 1;
}

const string PipelineText = "random_resized_crop(width=224, height=224) | hflip(p=0.5) | randaugment(num_ops=2, magnitude=9)";
const int NumClasses = 4;
var pipeline = new TransformRegistry().AddImageTransforms().Parse<Sample>(PipelineText);

// The consumer side of a real loader would hand the buffer to the model; here it reads one value per image so the
// work cannot be skipped. Each worker reuses its own batch buffer, as a pooled/pinned buffer would be.
int batches = (files.Length + batchSize - 1) / batchSize;
var batchSums = new double[batches];
var buffers = new float[threads][];
for (int t = 0; t < threads; t++)
{
    buffers[t] = [];
}

double checksum = 0;
var epochRates = new List<double>();
long timedImages = 0;
var stageTicks = new long[3];
bool timing = false;
double timedSeconds = 0;
// The second worker is one thread for the whole run (as DataLoader's persistent workers), so its buffer cache and
// tiered-up code carry over between epochs; the two meet at a barrier at the end of each epoch.
using var epochEnd = new Barrier(threads);
var secondWorker = threads == 2 ? new Thread(() =>
{
    for (int epoch = 0; epoch <= epochs; epoch++)
    {
        Worker(1, epoch);
        epochEnd.SignalAndWait();
    }
}) { IsBackground = true, Name = "worker 1" } : null;
secondWorker?.Start();
for (int epoch = 0; epoch <= epochs; epoch++)
{
    timing = stages && epoch > 0;
    var sw = Stopwatch.StartNew();

    // As DataLoader's workers: each thread builds whole batches (worker t takes batches t, t + 2, ...), from decode
    // to the collated tensor, so the threads meet only at the end of the epoch, not after every batch.
    Worker(0, epoch);
    epochEnd.SignalAndWait();

    // Summed in batch order, so the checksum is the same for 1 and 2 threads.
    for (int b = 0; b < batches; b++)
    {
        checksum += batchSums[b];
    }

    sw.Stop();
    if (epoch > 0)
    {
        epochRates.Add(files.Length / sw.Elapsed.TotalSeconds);
        timedImages += files.Length;
        timedSeconds += sw.Elapsed.TotalSeconds;
    }
}

secondWorker?.Join();

string stageJson = stages
    ? string.Create(CultureInfo.InvariantCulture,
        $", \"stage_seconds\": {{\"decode\": {stageTicks[0] / (double)Stopwatch.Frequency:F3}, \"augment\": {stageTicks[1] / (double)Stopwatch.Frequency:F3}, \"collate\": {stageTicks[2] / (double)Stopwatch.Frequency:F3}}}")
    : "";
var rates = string.Join(", ", epochRates.Select(r => r.ToString("F1", CultureInfo.InvariantCulture)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"side\": \"sharpaugment\", \"threads\": {threads}, \"images\": {files.Length}, \"batch\": {batchSize}, \"epochs\": {epochs}, " +
    $"\"images_per_second\": {timedImages / timedSeconds:F1}, \"epoch_images_per_second\": [{rates}], " +
    $"\"pipeline\": \"{PipelineText}\", \"decode\": \"{(eager ? "whole" : "window")}\", \"dotnet\": \"{Environment.Version}\", \"checksum\": {checksum:F3}{stageJson}}}"));
return 0;

void Worker(int t, int epoch)
{
    for (int b = t; b < batches; b += threads)
    {
        RunBatch(b, epoch, t);
    }
}

void RunBatch(int b, int epoch, int worker)
{
    int start = b * batchSize;
    int count = Math.Min(batchSize, files.Length - start);
    var samples = new Sample[count];
    for (int i = 0; i < count; i++)
    {
        samples[i] = Load(start + i, epoch);
    }

    var batch = ImageBatch.FromSamples(samples, NumClasses);
    long length = TensorCollator.BufferLength(batch);
    if (buffers[worker].Length != length)
    {
        buffers[worker] = new float[length];
    }

    var buffer = buffers[worker];
    long t0 = Stopwatch.GetTimestamp();
    TensorCollator.CollateInto(batch, TensorCollator.ImageNetMean, TensorCollator.ImageNetStd, buffer);
    stageTicks[2] += timing ? Stopwatch.GetTimestamp() - t0 : 0;
    double sum = 0;
    for (int i = 0; i < count; i++)
    {
        sum += buffer[(long)i * (length / count)];

        // Collated: the augmented image's buffer can serve this worker's next sample (as a DataLoader frees its tensors).
        samples[i].Image.Recycle();
    }

    batchSums[b] = sum;
}

Sample Load(int index, int epoch)
{
    long t0 = Stopwatch.GetTimestamp();
    IImage image = eager ? ImageCodec.Load(files[index]) : EncodedImage.Load(files[index]);
    long t1 = Stopwatch.GetTimestamp();
    var sample = new Sample(image) { Label = index % NumClasses };
    var ctx = new AugmentContext(Rng.ForSample(seed, epoch, index));
    var result = pipeline.Apply(sample, ctx);
    if (result.Image is IDeferredImage untouched)
    {
        // No transform needed the pixels (random_resized_crop is always applied here, so this does not happen).
        result = result with { Image = untouched.Decode() };
    }

    if (!ReferenceEquals(result.Image, image))
    {
        image.Recycle();
    }
    if (timing)
    {
        stageTicks[0] += t1 - t0;
        stageTicks[1] += Stopwatch.GetTimestamp() - t1;
    }

    return result;
}
