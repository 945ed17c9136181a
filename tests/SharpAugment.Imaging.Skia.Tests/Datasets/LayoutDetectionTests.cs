using SharpAugment.Imaging.Skia.Datasets;

namespace SharpAugment.Imaging.Skia.Tests.Datasets;

public class LayoutDetectionTests
{
    [Fact]
    public void Each_layout_is_recognised()
    {
        using var flat = new TempFolder();
        flat.Image("a.png", 4, 4, 1);
        flat.Image("sub/b.png", 4, 4, 2);
        Assert.Equal("flat", DatasetLayout.Detect(flat.Root));

        using var folder = new TempFolder();
        folder.Image("cat/a.png", 4, 4, 1);
        folder.Image("dog/b.png", 4, 4, 2);
        Assert.Equal("imagefolder", DatasetLayout.Detect(folder.Root));

        using var yolo = new TempFolder();
        yolo.Image("images/a.png", 4, 4, 1);
        yolo.Text("labels/a.txt", "0 0.5 0.5 0.5 0.5\n");
        Assert.Equal("yolo", DatasetLayout.Detect(yolo.Root));

        using var seg = new TempFolder();
        seg.Image("images/a.png", 4, 4, 1);
        seg.Image("masks/a.png", 4, 4, 1, channels: 1);
        Assert.Equal("segmentation", DatasetLayout.Detect(seg.Root));

        using var coco = new TempFolder();
        coco.Image("images/a.png", 4, 4, 1);
        coco.Text("annotations/instances.json", """{"images": [], "annotations": [], "categories": []}""");
        Assert.Equal("coco", DatasetLayout.Detect(coco.Root));
    }

    [Fact]
    public void Unknown_layout_name_lists_the_valid_ones()
    {
        using var t = new TempFolder();
        var e = Assert.Throws<ArgumentException>(() => DatasetLayout.Open(t.Root, "voc"));
        Assert.Contains("coco, yolo, segmentation, imagefolder, flat", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageFolder_labels_follow_sorted_class_names_and_stray_root_images_are_reported()
    {
        using var t = new TempFolder();
        t.Image("zebra/1.png", 4, 4, 1);
        t.Image("ant/2.png", 4, 4, 2);
        t.Image("ant/deep/3.png", 4, 4, 3);
        t.Image("stray.png", 4, 4, 4);
        var layout = new ImageFolderLayout(t.Root);
        var scan = layout.Scan();
        Assert.Equal(["ant", "zebra"], layout.ClassNames);
        Assert.Equal(["ant/2.png", "ant/deep/3.png", "zebra/1.png"], scan.Items.Select(i => i.RelativePath));
        Assert.Equal([0, 0, 1], scan.Items.Select(i => i.Label));
        Assert.Equal(1, layout.Load(scan.Items[2]).Label);
        Assert.Equal("stray.png", Assert.Single(scan.Problems).Path);
    }

    [Fact]
    public void Hidden_files_and_non_images_are_ignored()
    {
        using var t = new TempFolder();
        t.Image("a.png", 4, 4, 1);
        t.Image(".hidden.png", 4, 4, 1);
        t.Text("notes.txt", "x");
        t.Image(".cache/b.png", 4, 4, 1);
        Assert.Equal(["a.png"], new FlatLayout(t.Root).Scan().Items.Select(i => i.RelativePath));
    }
}
