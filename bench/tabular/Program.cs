// Side-by-side benchmark of the tabular oversamplers against imbalanced-learn (bench_imblearn.py).
// Usage: dotnet run -c Release --project bench/tabular -- DATA_DIR [write|over|under]
//   write: only generate the two data sets (raw little-endian float32 features, int32 labels) into DATA_DIR.
//   over / under: only the over-samplers, or only the under-samplers and combined samplers (default: both).
// Then times fit_resample-equivalents, single thread, best of 5 runs after one warm-up, as wall-clock and as
// process CPU time (the fair figure on a loaded shared machine), and prints one line per case.
using System.Diagnostics;
using System.Globalization;
using SharpAugment.Randomness;
using SharpAugment.Tabular;
using SharpAugment.Tabular.Samplers;

string dir = args.Length > 0 ? args[0] : "/tmp/sharpaugment-tabular-bench";
var cases = new (string Name, int Rows, int Columns, double MinorityShare)[]
{
    ("100000x20_95-5", 100_000, 20, 0.05),
    ("10000x200_95-5", 10_000, 200, 0.05),
};

if (args.Length > 1 && args[1] == "write")
{
    Directory.CreateDirectory(dir);
    foreach (var c in cases)
    {
        Write(dir, c.Name, c.Rows, c.Columns, c.MinorityShare);
    }

    Console.WriteLine($"data written to {dir}");
    return;
}

string only = args.Length > 1 ? args[1] : "all";
foreach (var c in cases)
{
    var data = Read(dir, c.Name, c.Columns);
    var samplers = new List<(string, ITableSampler)>();
    if (only is "all" or "over")
    {
        samplers.AddRange([("SMOTE", new Smote()), ("BorderlineSMOTE-1", new BorderlineSmote()), ("ADASYN", new Adasyn()), ("RandomOverSampler", new RandomOverSampler())]);
    }

    if (only is "all" or "under")
    {
        // Whole-table neighbour queries (Tomek, ENN, SMOTEENN) on 100k rows x 20 columns are brute force both here
        // and in scikit-learn; NearMiss-1 and random under-sampling only query the minority.
        samplers.AddRange([("RandomUnderSampler", new RandomUnderSampler()), ("NearMiss-1", new NearMiss())]);
        if (c.Rows <= 10_000)
        {
            samplers.AddRange([("TomekLinks", new TomekLinks()), ("EditedNearestNeighbours", new EditedNearestNeighbours()), ("SMOTEENN", new SmoteEnn())]);
        }
    }

    foreach (var (name, sampler) in samplers)
    {
        sampler.Resample(data, new Rng(0)); // warm-up (JIT)
        double best = double.MaxValue, bestCpu = double.MaxValue;
        int rows = 0;
        var process = Process.GetCurrentProcess();
        for (int run = 0; run < 5; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var result = sampler.Resample(data, new Rng((ulong)run));
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
            rows = result.Data.Rows;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sharpaugment {c.Name} {name} wall {best:F4} s cpu {bestCpu:F4} s ({rows} rows out)"));
    }
}

static void Write(string dir, string name, int rows, int columns, double minorityShare)
{
    // Two overlapping Gaussian classes: majority N(0, 1), minority N(0.75, 1) in every feature, minority rows spread evenly.
    var rng = new Rng(2024);
    int every = (int)Math.Round(1 / minorityShare);
    using var x = new BinaryWriter(File.Create(Path.Combine(dir, name + ".x.f32")));
    using var y = new BinaryWriter(File.Create(Path.Combine(dir, name + ".y.i32")));
    for (int r = 0; r < rows; r++)
    {
        int label = r % every == 0 ? 1 : 0;
        for (int f = 0; f < columns; f++)
        {
            x.Write((float)rng.Normal(label * 0.75, 1));
        }

        y.Write(label);
    }
}

static TabularDataset Read(string dir, string name, int columns)
{
    var xb = File.ReadAllBytes(Path.Combine(dir, name + ".x.f32"));
    var yb = File.ReadAllBytes(Path.Combine(dir, name + ".y.i32"));
    var x = new float[xb.Length / 4];
    var y = new int[yb.Length / 4];
    Buffer.BlockCopy(xb, 0, x, 0, xb.Length);
    Buffer.BlockCopy(yb, 0, y, 0, yb.Length);
    return new TabularDataset(x, columns, y);
}
