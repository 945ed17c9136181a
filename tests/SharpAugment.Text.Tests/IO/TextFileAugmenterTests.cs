using System.Text;
using System.Text.Json.Nodes;
using SharpAugment.Pipelines;
using SharpAugment.Text.IO;

namespace SharpAugment.Text.Tests.IO;

public class TextFileAugmenterTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddTextTransforms();

    private static TextFileResult Augment(string input, string pipeline, TextFileOptions? options = null, ulong seed = 1) =>
        TextFileAugmenter.Augment(Encoding.UTF8.GetBytes(input), Registry.Parse<TextSample>(pipeline), seed, options ?? new TextFileOptions());

    private static string[] Lines(TextFileResult r) => Encoding.UTF8.GetString(r.Output).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Tsv_writes_augmented_lines_then_the_original_grouped_in_input_order()
    {
        var r = Augment("1\tThe film was great fun.\n0\tA dull and tired story.\n", "eda(num_aug=3)");
        var lines = Lines(r);
        Assert.Equal(8, lines.Length);
        Assert.All(lines.Take(4), l => Assert.StartsWith("1\t", l, StringComparison.Ordinal));
        Assert.All(lines.Skip(4), l => Assert.StartsWith("0\t", l, StringComparison.Ordinal));
        Assert.Equal("1\tthe film was great fun ", lines[3]);
        Assert.Equal("0\ta dull and tired story ", lines[7]);
        Assert.Empty(r.Errors);
        Assert.Equal((2, 8), (r.Records, r.Written));
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_numbers_and_skipped()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes("1\tok line\nno tab here\n\n"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\tbroken utf8\n0\tlast line\r\n")];
        var r = TextFileAugmenter.Augment(bad, Registry.Parse<TextSample>("aeda"), 0, new TextFileOptions());
        Assert.Equal([2L, 4L], r.Errors.Select(e => e.Line));
        Assert.Contains("tab", r.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", r.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, r.Records);
        Assert.Equal("0\tlast line", Lines(r)[^1]);
    }

    [Fact]
    public void Same_seed_same_bytes_and_a_line_does_not_depend_on_the_others()
    {
        string one = "1\tThe weather was lovely and the beach was quiet.\n";
        string two = "0\tThe food was cold.\n" + one;
        Assert.Equal(Augment(two, "eda").Output, Augment(two, "eda").Output);
        Assert.NotEqual(Augment(two, "eda", seed: 1).Output, Augment(two, "eda", seed: 2).Output);
        // the same line at the same line number gives the same lines, whatever precedes it
        string other = "1\tSomething else entirely happened here.\n" + one;
        Assert.Equal(Lines(Augment(two, "eda"))[^10..], Lines(Augment(other, "eda"))[^10..]);
    }

    [Fact]
    public void Csv_keeps_other_columns_quotes_and_unicode()
    {
        string csv = "id,text,label\n7,\"Hello, \"\"world\"\" — ça va?\",pos\n8,Plain line here,neg\n";
        var r = Augment(csv, "aeda(num_aug=2)", new TextFileOptions(TextFileFormat.Csv));
        string output = Encoding.UTF8.GetString(r.Output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,text,label", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Equal("7,\"Hello, \"\"world\"\" — ça va?\",pos", lines[3]);
        Assert.All(lines[1..4], l => Assert.StartsWith("7,", l, StringComparison.Ordinal));
        Assert.All(lines[4..7], l => Assert.EndsWith(",neg", l, StringComparison.Ordinal));
        Assert.Empty(r.Errors);
    }

    [Fact]
    public void Csv_records_with_a_wrong_field_count_or_bad_quotes_are_reported_with_their_line()
    {
        string csv = "text,label\nfine sentence here,1\nthree,fields,here\n\"bad \"quote\" here,0\nlast good one,1\n";
        var r = Augment(csv, "aeda", new TextFileOptions(TextFileFormat.Csv));
        Assert.Equal([3L, 4L], r.Errors.Select(e => e.Line));
        Assert.Equal(2, r.Records);
        Assert.EndsWith("last good one,1", Lines(r)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_without_the_text_column_is_an_error_naming_it()
    {
        var e = Assert.Throws<InvalidDataException>(() => Augment("a,b\n1,2\n", "aeda", new TextFileOptions(TextFileFormat.Csv)));
        Assert.Contains("'text'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_replaces_the_text_member_and_keeps_the_rest()
    {
        string jsonl = "{\"text\": \"Naïve café owners smile\", \"label\": 3, \"meta\": {\"src\": \"x\"}}\nnot json\n[1,2]\n{\"label\": 1}\n";
        var r = Augment(jsonl, "keyboard_typos", new TextFileOptions(TextFileFormat.Jsonl));
        var lines = Lines(r);
        Assert.Equal(2, lines.Length);
        var original = JsonNode.Parse(lines[1])!;
        Assert.Equal("Naïve café owners smile", (string?)original["text"]);
        Assert.Equal(3, (int)original["label"]!);
        Assert.Equal("x", (string?)original["meta"]!["src"]);
        Assert.Contains("Naïve", lines[1], StringComparison.Ordinal);
        Assert.Equal([2L, 3L, 4L], r.Errors.Select(e => e.Line));
    }
}
