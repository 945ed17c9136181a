using SharpAugment.Imaging.Skia.Datasets;

namespace SharpAugment.Imaging.Skia.Tests.Datasets;

public class DatasetPathsTests
{
    [Theory]
    [InlineData("a/b.jpg", "_aug3", ".png", "a/b_aug3.png")]
    [InlineData("b.tar.jpg", "_aug0", ".jpg", "b.tar_aug0.jpg")]
    [InlineData("x/y/z.PNG", "", ".PNG", "x/y/z.PNG")]
    public void WithSuffix_inserts_after_the_stem(string rel, string suffix, string ext, string expected) =>
        Assert.Equal(expected, DatasetPaths.WithSuffix(rel, suffix, ext));

    [Fact]
    public void Sibling_swaps_the_top_folder_and_extension()
    {
        Assert.Equal("labels/train/a.txt", DatasetPaths.Sibling("images/train/a.jpg", "images", "labels", ".txt"));
        Assert.Throws<ArgumentException>(() => DatasetPaths.Sibling("other/a.jpg", "images", "labels", ".txt"));
    }

    [Fact]
    public void Output_extension_keeps_jpeg_spelling_and_turns_bmp_into_png()
    {
        var keep = new ImageOutputOptions();
        Assert.Equal(".jpeg", keep.ExtensionFor("a.jpeg"));
        Assert.Equal(".png", keep.ExtensionFor("a.bmp"));
        Assert.Equal(".webp", new ImageOutputOptions(ImageFileFormat.Webp).ExtensionFor("a.jpg"));
    }

    [Fact]
    public void Stream_index_is_a_stable_hash_of_the_path()
    {
        // FNV-1a 64 of "" is the offset basis 0xCBF29CE484222325, masked to 63 bits.
        Assert.Equal(0x4BF29CE484222325L, DatasetAugmenter.StreamIndex(string.Empty));
        Assert.NotEqual(DatasetAugmenter.StreamIndex("a/b.png"), DatasetAugmenter.StreamIndex("a/c.png"));
        Assert.True(DatasetAugmenter.StreamIndex("cat/1.jpg") >= 0);
    }
}
