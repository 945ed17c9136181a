using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using SharpAugment.Pipelines;

namespace SharpAugment.Tests.Cli;

public class ExplainCommandTests
{
    [Fact]
    public void Every_default_is_filled_in_including_the_codec_transforms()
    {
        var full = ExplainCommand.Expand(Registries.CreateFull(), PipelineText.Parse("hflip(p=0.5) | jpeg_compression"));
        Assert.Equal("compose(hflip(p=0.5), jpeg_compression(quality=99..100, p=1), p=1)", PipelineText.Format(full));
    }

    [Fact]
    public void An_unknown_name_lists_close_names()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => ExplainCommand.Expand(Registries.CreateFull(), PipelineText.Parse("jpeg_compresion")));
        Assert.Contains("Did you mean: jpeg_compression", e.Message, StringComparison.Ordinal);
    }
}
