// EDA throughput: sentences per second for eda(num_aug=9) over a label<TAB>sentence file, single thread,
// compared in docs/benchmarks.md with bench/text/eda_reference.py (the original EDA with nltk) on the same input.
// Usage: dotnet run -c Release --project bench/SharpAugment.Text.Bench -- INPUT.tsv [WORDNET_DIR]
using System.Diagnostics;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Text;
using SharpAugment.Text.Eda;
using SharpAugment.Text.WordNet;

string path = args.Length > 0 ? args[0] : "/tmp/eda_bench.tsv";
var sentences = File.ReadLines(path).Select(l => l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]).ToArray();

var sw = Stopwatch.StartNew();
var lexicon = args.Length > 1 ? WordNetLexicon.Load(args[1]) : WordNetLexicon.Embedded;
double load = sw.Elapsed.TotalSeconds;
Console.WriteLine($"WordNet load ({(args.Length > 1 ? args[1] : "embedded")}): {load:F2} s");

foreach (bool keepCase in new[] { false, true })
{
    // each mode has its own synonym cache in the lexicon: its first pass fills it, its second runs warm
    for (int pass = 0; pass < 2; pass++)
    {
        var eda = new Eda(new EdaOptions { NumAug = 9, KeepCase = keepCase }, lexicon);
        int lines = 0;
        sw.Restart();
        for (int i = 0; i < sentences.Length; i++)
        {
            lines += eda.Apply(new TextSample(sentences[i]), new AugmentContext(Rng.ForSample(1, 0, i))).Output().Count;
        }

        double s = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"eda(num_aug=9{(keepCase ? ", keep_case=true" : string.Empty)}) pass {pass + 1} ({(pass == 0 ? "cold synonym cache" + (keepCase ? string.Empty : ", JIT") : "warm cache")}): " +
            $"{sentences.Length} sentences, {lines} lines in {s:F3} s = {sentences.Length / s:F0} sentences/s");
    }
}
