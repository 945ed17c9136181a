using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Datasets;

namespace SharpAugment.Training.Tests;

public class ImageDatasetTests
{
    [Fact]
    public void ImageFolder_lists_items_in_path_order_with_class_names()
    {
        using var f = DatasetFolder.ImageFolder(4);
        var ds = ImageDataset.Open(f.Root);
        Assert.Equal(12, ds.Count);
        Assert.Equal(["ant", "bee", "cow"], ds.ClassNames);
        Assert.Equal("imagefolder", ds.Layout.Name);
        Assert.Equal("ant/img000.png", ds.Item(0).RelativePath);
        Assert.Equal(2, ds.Load(11).Label);
        Assert.EndsWith(Path.Combine("cow", "img003.png"), ds.PathOf(11), StringComparison.Ordinal);
    }

    [Fact]
    public void Items_stay_encoded_until_decoded_and_become_rgb_like_pillow_convert()
    {
        using var f = DatasetFolder.ImageFolder(2);
        var ds = ImageDataset.Open(f.Root);
        for (int i = 0; i < ds.Count; i++)
        {
            var image = ds.Load(i).Image;
            var deferred = Assert.IsAssignableFrom<IDeferredImage>(image);
            Assert.Equal(3, image.Channels);
            var decoded = Assert.IsType<Image<byte>>(deferred.Decode());
            var stored = ImageCodec.Load(ds.PathOf(i));
            Assert.Equal((stored.Width, stored.Height, 3), (decoded.Width, decoded.Height, decoded.Channels));
            for (int p = 0; p < stored.Width * stored.Height; p++)
            {
                // Gray is copied into R, G and B; alpha is dropped (Pillow's convert("RGB")).
                for (int c = 0; c < 3; c++)
                {
                    Assert.Equal(stored.Pixels[(p * stored.Channels) + Math.Min(c, stored.Channels - 1)], decoded.Pixels[(p * 3) + c]);
                }
            }
        }
    }

    [Fact]
    public void Gray_and_rgba_modes_convert_every_file()
    {
        using var f = DatasetFolder.ImageFolder(2);
        var gray = ImageDataset.Open(f.Root, color: ColorMode.Gray);
        var rgba = ImageDataset.Open(f.Root, color: ColorMode.Rgba);
        for (int i = 0; i < gray.Count; i++)
        {
            Assert.Equal(1, ((IDeferredImage)gray.Load(i).Image).Decode().Channels);
            var four = (Image<byte>)((IDeferredImage)rgba.Load(i).Image).Decode();
            Assert.Equal(4, four.Channels);
        }

        // The RGB file at index 2 gets opaque alpha.
        var opaque = (Image<byte>)((IDeferredImage)rgba.Load(2).Image).Decode();
        Assert.All(Enumerable.Range(0, opaque.Width * opaque.Height), p => Assert.Equal(255, opaque.Pixels[(4 * p) + 3]));
    }

    [Fact]
    public void A_given_layout_must_read_the_same_folder()
    {
        using var f = DatasetFolder.ImageFolder(1);
        using var g = DatasetFolder.ImageFolder(1);
        var ds = ImageDataset.Open(f.Root, DatasetLayout.Open(f.Root, "flat"));
        Assert.Equal("flat", ds.Layout.Name);
        Assert.Empty(ds.ClassNames);
        var e = Assert.Throws<ArgumentException>(() => ImageDataset.Open(f.Root, DatasetLayout.Open(g.Root)));
        Assert.Contains(g.Root, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yolo_items_carry_their_boxes()
    {
        using var f = new DatasetFolder();
        f.Image("images/a.png", 40, 20, 3, 1);
        f.Text("labels/a.txt", "1 0.5 0.5 0.5 0.5\n");
        var ds = ImageDataset.Open(f.Root);
        Assert.Equal("yolo", ds.Layout.Name);
        var s = ds.Load(0);
        Assert.IsAssignableFrom<IDeferredImage>(s.Image);
        Assert.Equal(new BoundingBox(10, 5, 30, 15, 1), Assert.Single(s.Boxes));
    }
}
