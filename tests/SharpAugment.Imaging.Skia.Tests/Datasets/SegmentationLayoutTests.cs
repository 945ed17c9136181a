using SharpAugment.Imaging.Skia.Datasets;

namespace SharpAugment.Imaging.Skia.Tests.Datasets;

public class SegmentationLayoutTests
{
    [Fact]
    public void Gray_masks_load_as_class_ids_and_colour_masks_are_refused()
    {
        var gray3 = new Image<byte>(2, 1, 3, [5, 5, 5, 9, 9, 9]);
        Assert.Equal([5, 9], SegmentationLayout.ToClassIds(gray3, "m.png").Pixels);
        var colour = new Image<byte>(2, 1, 3, [5, 5, 5, 9, 1, 9]);
        var e = Assert.Throws<InvalidDataException>(() => SegmentationLayout.ToClassIds(colour, "m.png"));
        Assert.Contains("m.png: colour mask (pixel 1,0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_masks_and_size_mismatches_are_reported()
    {
        using var t = new TempFolder();
        t.Image("images/a.jpg", 8, 8, 1);
        t.Image("images/b.png", 8, 8, 2);
        t.Image("masks/a.png", 8, 6, 3, channels: 1);
        t.Image("masks/orphan.png", 8, 8, 3, channels: 1);
        var layout = new SegmentationLayout(t.Root);
        var scan = layout.Scan();
        var item = Assert.Single(scan.Items);
        Assert.Equal("masks/a.png", item.Companions[0]);
        Assert.Equal(["images/b.png", "masks/orphan.png"], scan.Problems.Select(p => p.Path));
        var e = Assert.Throws<InvalidDataException>(() => layout.Load(item));
        Assert.Contains("mask is 8x6 but the image is 8x8", e.Message, StringComparison.Ordinal);
    }
}
