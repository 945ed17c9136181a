using System.Text;
using System.Text.RegularExpressions;
using SharpAugment.Cli;
using YamlDotNet.RepresentationModel;

namespace SharpAugment.Tests.Cli;

/// <summary>docs/scale-out.md stays true: its Kubernetes Indexed Job and Slurm array, expanded for every index, reproduce a single run on the samples.</summary>
public partial class ScaleOutDocTests
{
    private static string Block(string language)
    {
        string doc = File.ReadAllText(AugmentShardTests.RepoFile("docs/scale-out.md")).ReplaceLineEndings("\n");
        var m = Regex.Match(doc, "```" + language + "\n(.*?)```", RegexOptions.Singleline);
        Assert.True(m.Success, $"docs/scale-out.md has no ```{language} block");
        return m.Groups[1].Value;
    }

    /// <summary>Splits a POSIX shell command line into words: single quotes literal, double quotes and bare words expand $VAR and ${VAR}.</summary>
    internal static List<string> ShellWords(string line, IReadOnlyDictionary<string, string> env)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            if (c == '\'')
            {
                int end = line.IndexOf('\'', i + 1);
                word.Append(line, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                int end = line.IndexOf('"', i + 1);
                word.Append(Expand(line[(i + 1)..end], env));
                i = end;
            }
            else if (c == '$')
            {
                var m = Variable().Match(line, i);
                word.Append(env[m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value]);
                i += m.Length - 1;
            }
            else
            {
                word.Append(c);
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Expand(string text, IReadOnlyDictionary<string, string> env) =>
        Variable().Replace(text, m => env[m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value]);

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Variable();

    /// <summary>Runs the doc's command for every index with /data/src and /data/out bound to the samples and a temporary folder, then one run without --shard.</summary>
    private static void RunAndCompare(Func<int, List<string>> commandFor, int shards, string sample)
    {
        using var t = new CliFolder();
        string src = AugmentShardTests.RepoFile(sample);
        List<string> Bind(List<string> words, string dest) =>
            words.Select(w => w == "/data/src" ? src : w == "/data/out" ? dest : w).ToList();

        for (int i = shards - 1; i >= 0; i--)
        {
            var words = commandFor(i);
            Assert.Equal("sharpaugment", words[0]);
            Assert.Contains("--shard", words);
            Assert.Equal(0, Program.Main([.. Bind(words, t["sharded"]).Skip(1)]));
        }

        // The same command on one machine: without --shard (and without --resume, which changes nothing on a fresh DEST).
        var single = commandFor(0);
        int at = single.IndexOf("--shard");
        single.RemoveRange(at, 2);
        single.Remove("--resume");
        Assert.Equal(0, Program.Main([.. Bind(single, t["single"]).Skip(1)]));
        AugmentShardTests.AssertUnionIsSingleRun(t["single"], t["sharded"], shards);
    }

    [Fact]
    public void Kubernetes_indexed_job_shards_reproduce_a_single_run()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Block("yaml")));
        var job = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("Job", job["kind"].ToString());
        var spec = (YamlMappingNode)job["spec"];
        Assert.Equal("Indexed", spec["completionMode"].ToString());
        int completions = int.Parse(spec["completions"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var container = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)spec["template"])["spec"])["containers"])[0];
        Assert.Equal(["/bin/sh", "-c"], ((YamlSequenceNode)container["command"]).Select(n => n.ToString()));
        string script = ((YamlSequenceNode)container["args"])[0].ToString();
        Assert.Contains("$JOB_COMPLETION_INDEX/" + completions, script, StringComparison.Ordinal);
        RunAndCompare(i => ShellWords(script, new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            completions, "samples/imagefolder");
    }

    [Fact]
    public void Slurm_array_tasks_reproduce_a_single_run()
    {
        string script = Block("bash").Replace("\\\n", " ", StringComparison.Ordinal);
        var lines = script.Split('\n');
        var array = Regex.Match(script, @"#SBATCH --array=0-(\d+)\n");
        Assert.True(array.Success, "the script has no #SBATCH --array=0-K line");
        string shards = Regex.Match(script, @"\nSHARDS=(\d+)\n").Groups[1].Value;
        int n = int.Parse(shards, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(n - 1, int.Parse(array.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        string command = lines.Single(l => l.StartsWith("sharpaugment ", StringComparison.Ordinal));
        RunAndCompare(i => ShellWords(command, new Dictionary<string, string>
        {
            ["SLURM_ARRAY_TASK_ID"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SHARDS"] = shards,
            ["SLURM_CPUS_PER_TASK"] = "2",
        }), n, "samples/coco");
    }

    [Fact]
    public void Shell_words_follow_quoting_and_expansion()
    {
        var env = new Dictionary<string, string> { ["I"] = "3", ["N"] = "8" };
        Assert.Equal(["a", "b c", "$I", "3/8", "x3"], ShellWords("a \"b c\" '$I' \"$I/${N}\" x$I", env));
    }
}
