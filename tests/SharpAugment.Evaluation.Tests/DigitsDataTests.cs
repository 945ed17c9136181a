namespace SharpAugment.Evaluation.Tests;

public class DigitsDataTests
{
    [Fact]
    public void Loads_all_1797_digits_with_scikit_learns_class_counts()
    {
        var digits = DigitsFixture.Full;
        Assert.Equal(1797, digits.Count);
        // sklearn.datasets.load_digits().target bincount.
        Assert.Equal([178, 182, 177, 183, 181, 182, 181, 179, 174, 180], digits.ClassCounts());
        Assert.All(digits.Images, i => Assert.Equal((8, 8, 1), (i.Width, i.Height, i.Channels)));
        // The first digit is a 0 whose top row is 0 0 5 13 9 1 0 0 (of 16), scaled to 0..255.
        Assert.Equal(0, digits.Labels[0]);
        Assert.Equal(new byte[] { 0, 0, 80, 207, 143, 16, 0, 0 }, digits.Images[0].Pixels[..8]);
    }

    [Fact]
    public void An_image_folder_written_and_read_back_keeps_images_and_labels()
    {
        // Read back groups by class folder; the subset is ordered so already.
        var three = DigitsFixture.Subset(3);
        var subset = three.Subset([.. Enumerable.Range(0, three.Count).OrderBy(i => three.Labels[i]).ThenBy(i => i)]);
        string dir = DigitsFixture.TempFolder();
        try
        {
            subset.WriteImageFolder(dir);
            var back = LabelledImages.FromImageFolder(dir);
            Assert.Equal(subset.ClassNames, back.ClassNames);
            Assert.Equal(subset.Labels, back.Labels);
            Assert.All(Enumerable.Range(0, subset.Count), i => Assert.True(subset.Images[i].ContentEquals(back.Images[i])));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
