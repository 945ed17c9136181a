using SharpAugment.Cli;

namespace SharpAugment.Text.Tests.IO;

public class TextCommandTests
{
    [Fact]
    public void Command_writes_the_output_exits_1_on_bad_lines_and_refuses_to_overwrite_its_input()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            string input = Path.Combine(dir, "in.tsv");
            string output = Path.Combine(dir, "out.tsv");
            File.WriteAllText(input, "1\tA calm and lovely evening by the lake.\nbad line\n");
            int code = Program.Main(["text", input, output, "--pipeline", "eda(num_aug=9, alpha=0.1)", "--seed", "4"]);
            Assert.Equal(1, code);
            var lines = File.ReadAllLines(output);
            Assert.Equal(10, lines.Length);
            Assert.Equal("1\ta calm and lovely evening by the lake ", lines[^1]);
            Assert.Equal(2, Program.Main(["text", input, input, "--pipeline", "eda"]));
            Assert.Equal("1\tA calm and lovely evening by the lake.\nbad line\n", File.ReadAllText(input));

            File.WriteAllText(input, "1\tGood.\n");
            string again = Path.Combine(dir, "again.tsv");
            Assert.Equal(0, Program.Main(["text", input, again, "--pipeline", "aeda", "--seed", "4"]));
            Assert.Equal(0, Program.Main(["text", input, output, "--pipeline", "aeda", "--seed", "4"]));
            Assert.Equal(File.ReadAllBytes(output), File.ReadAllBytes(again));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
