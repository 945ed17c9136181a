using SharpAugment.Cli;
using SharpAugment.Tests.Support;
using Spectre.Console;

namespace SharpAugment.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class ProgramTests
{
    public static TheoryData<string> CommandNames()
    {
        var data = new TheoryData<string>();
        foreach (var command in Program.Commands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_command_prints_its_help(string name)
    {
        var (code, output, errors) = Run([.. name.Split(' '), "--help"]);
        Assert.True(code == 0, $"sharpaugment {name} --help exited {code}: {errors}");
        Assert.Contains("USAGE:", output, StringComparison.Ordinal);
        Assert.Contains("sharpaugment " + name, output, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public void The_top_level_help_lists_every_command()
    {
        var (code, output, _) = Run(["--help"]);
        Assert.Equal(0, code);
        foreach (var command in Program.Commands)
        {
            // A command inside a branch ("demo overfitting") appears under its branch's name.
            Assert.Contains(command.Name.Split(' ')[0], output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var (code, output, _) = Run(["--version"]);
        Assert.Equal(0, code);
        Assert.Equal(Program.Version, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", Program.Version);
    }

    [Theory]
    [InlineData("apply", "--sead", "--seed")]
    [InlineData("augment", "--copis", "--copies")]
    [InlineData("tabular", "--lable", "--label")]
    public void A_misspelled_option_is_an_error_naming_the_closest_option(string command, string typo, string meant)
    {
        using var folder = new CliFolder();
        folder.Image("in.png", 8, 6, seed: 1);
        var (code, _, errors) = Run([command, folder["in.png"], folder["out"], typo, "3"]);
        Assert.Equal(2, code);
        Assert.Contains($"Unknown option '{typo[2..]}'", errors, StringComparison.Ordinal);
        Assert.Contains($"Did you mean {meant}?", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(folder["out"]) || Directory.Exists(folder["out"]), "nothing may be written when an option is misspelled");
    }

    [Fact]
    public void An_unknown_option_with_nothing_close_is_still_an_error()
    {
        using var folder = new CliFolder();
        folder.Image("in.png", 8, 6, seed: 1);
        var (code, _, errors) = Run(["apply", folder["in.png"], folder["out.png"], "--pipeline", "hflip", "--zzzzzzzz", "1"]);
        Assert.Equal(2, code);
        Assert.Contains("Unknown option 'zzzzzzzz'", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apply", "in.png", "--pipeline", "hflip")]
    [InlineData("text", "in.tsv", "--pipeline", "eda")]
    [InlineData("tabular", "in.csv", "--label", "y")]
    [InlineData("spectrogram", "in.png", "--n-mels", "8")]
    public void Output_equal_to_input_is_refused_before_anything_is_read(string command, string file, string option, string value)
    {
        using var folder = new CliFolder();
        folder.Text(file, "keep me");
        var (code, _, errors) = Run([command, folder[file], folder[file], option, value]);
        Assert.Equal(2, code);
        Assert.Contains("inputs are never overwritten", errors, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(folder[file]));
    }

    [Fact]
    public void OutputGuard_compares_absolute_paths()
    {
        string here = Path.Combine(Path.GetTempPath(), "a", "..", "b.png");
        var e = Assert.Throws<ArgumentException>(() => OutputGuard.EnsureDiffers("x", here, "ok.png", Path.Combine(Path.GetTempPath(), "b.png")));
        Assert.StartsWith("x: output", e.Message, StringComparison.Ordinal);
        OutputGuard.EnsureDiffers("x", "c.png", "ok.png");
    }

    private static (int Code, string Output, string Errors) Run(string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var errors = new StringWriter();
        var saved = Console.Error;
        Console.SetError(errors);
        try
        {
            int code = Program.Run(args, console);
            return (code, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetError(saved);
        }
    }
}
