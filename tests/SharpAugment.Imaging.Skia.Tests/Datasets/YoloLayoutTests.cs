using SharpAugment.Imaging.Skia.Datasets;

namespace SharpAugment.Imaging.Skia.Tests.Datasets;

public class YoloLayoutTests
{
    [Fact]
    public void Labels_round_trip_through_absolute_boxes()
    {
        const string text = "0 0.250000 0.500000 0.125000 0.250000\n3 0.700000 0.300000 0.200000 0.100000\n";
        var boxes = YoloLayout.ParseLabels(text, 64, 32, "l.txt");
        Assert.Equal(new BoundingBox(12, 12, 20, 20, 0), boxes[0]);
        Assert.Equal(3, boxes[1].Label);
        Assert.Equal(text, YoloLayout.FormatLabels(boxes, 64, 32));
    }

    [Theory]
    [InlineData("0 0.5 0.5 0.5\n", "line 1: expected 'class cx cy w h'")]
    [InlineData("\n-1 0.5 0.5 0.5 0.5\n", "line 2: class '-1'")]
    [InlineData("0 0.5 x 0.5 0.5", "line 1: 'x' is not a number")]
    [InlineData("0 0.5 0.5 -0.5 0.5", "line 1: width and height must be >= 0")]
    public void Malformed_lines_name_the_file_and_line(string text, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => YoloLayout.ParseLabels(text, 10, 10, "labels/a.txt"));
        Assert.StartsWith("labels/a.txt " + expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_pairs_images_with_labels_and_reports_orphan_labels()
    {
        using var t = new TempFolder();
        t.Image("images/train/a.png", 8, 8, 1);
        t.Image("images/train/b.png", 8, 8, 2);
        t.Text("labels/train/a.txt", "1 0.5 0.5 0.5 0.5\n");
        t.Text("labels/train/zombie.txt", "1 0.5 0.5 0.5 0.5\n");
        var layout = new YoloLayout(t.Root);
        var scan = layout.Scan();
        Assert.Equal(["images/train/a.png", "images/train/b.png"], scan.Items.Select(i => i.RelativePath));
        Assert.Equal("labels/train/zombie.txt", Assert.Single(scan.Problems).Path);
        Assert.Equal(new BoundingBox(2, 2, 6, 6, 1), Assert.Single(layout.Load(scan.Items[0]).Boxes));
        Assert.Empty(layout.Load(scan.Items[1]).Boxes);
    }
}
