using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SharpAugment.Evaluation;
using SharpAugment.Proof;

// Writes the measured tables of docs/proof.md between its <!-- proof:NAME --> and <!-- /proof:NAME --> markers,
// leaving the hand-written text around them. Run from the repository root; see docs/proof.md for the command.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "true");
string Get(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;

var digits = DigitsData.Load(DigitsData.FindSample());
if (options.TryGetValue("write-imagefolder", out var folder))
{
    digits.WriteImageFolder(folder);
    Console.WriteLine($"wrote {digits.Count} digits as an ImageFolder under {folder}");
    return 0;
}

int seeds = int.Parse(Get("seeds", "10"), CultureInfo.InvariantCulture);
int copies = int.Parse(Get("copies", "4"), CultureInfo.InvariantCulture);
int[] sizes = [.. Get("sizes", "50,100,300,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
var models = Get("models", "maxent,lightgbm").Split(',').Select(Learner.For).ToArray();
var sections = Get("sections", "images,mlp,text,tables").Split(',');
string output = Get("out", "docs/proof.md");

var clock = Stopwatch.StartNew();
string doc = File.ReadAllText(output);
if (sections.Contains("images"))
{
    doc = Replace(doc, "images", ImageProof.Run(digits, seeds, sizes, copies, models, Console.Out));
}

if (sections.Contains("mlp"))
{
    // The hand-written MLP of the overfitting demo, in its own table: it trains slower than the ML.NET models.
    doc = Replace(doc, "images-mlp", ImageProof.Run(digits, seeds, sizes, copies, [Learner.For("mlp")], Console.Out));
}

if (sections.Contains("text"))
{
    doc = Replace(doc, "text", TextProof.Run(seeds, int.Parse(Get("text-train", "500"), CultureInfo.InvariantCulture), Console.Out));
}

if (sections.Contains("tables"))
{
    doc = Replace(doc, "tables", TableProof.Run(seeds, Console.Out));
}

File.WriteAllText(output, doc);
Console.WriteLine($"wrote {output} in {clock.Elapsed.TotalMinutes:F1} min");
return 0;

static string Replace(string doc, string name, string table)
{
    var pattern = new Regex($"<!-- proof:{name} -->.*?<!-- /proof:{name} -->", RegexOptions.Singleline);
    if (!pattern.IsMatch(doc))
    {
        throw new InvalidOperationException($"docs/proof.md has no <!-- proof:{name} --> ... <!-- /proof:{name} --> markers.");
    }

    return pattern.Replace(doc, $"<!-- proof:{name} -->\n{table}<!-- /proof:{name} -->");
}
