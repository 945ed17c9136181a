using SharpAugment.Imaging.Skia.Datasets;
using SharpAugment.Pipelines;
using SharpAugment.Transforms;

namespace SharpAugment.Imaging.Skia.Tests.Datasets;

/// <summary>A data-set run bounds every copy: outputs over the pixel limit and copies over the time limit are listed as failures, and the run goes on.</summary>
public class DatasetAugmenterLimitTests
{
    private static DatasetAugmentResult Run(string src, string dest, string pipeline, DatasetAugmentOptions options) =>
        new DatasetAugmenter(new TransformRegistry().AddImageTransforms().AddCodecTransforms().Parse<Sample>(pipeline), options).Run(DatasetLayout.Open(src), dest);

    [Fact]
    public void An_output_over_the_pixel_limit_is_a_listed_failure()
    {
        using var t = new TempFolder();
        t.Image("src/small.png", 20, 10, 1);
        t.Image("src/large.png", 40, 30, 2);

        // Both inputs decode within 1500 pixels; padded by 5, 20x10 becomes 30x20 (600) and 40x30 becomes 50x40 (2000).
        var r = Run(t["src"], t["out"], "pad(padding=5)", new DatasetAugmentOptions { MaxPixels = 1500 });
        Assert.Equal(1, r.Written);
        var failure = Assert.Single(r.Failures);
        Assert.Contains("large.png", failure.Path, StringComparison.Ordinal);
        Assert.Contains("pad: parameter 'padding'", failure.Reason, StringComparison.Ordinal);
        Assert.False(r.Cancelled);
    }

    [Fact]
    public void A_copy_over_its_time_limit_is_stopped_listed_and_the_run_goes_on()
    {
        using var t = new TempFolder();
        t.Image("src/a.png", 1600, 1312, 1);
        t.Image("src/b.png", 1600, 1312, 2);

        // Each copy blurs with kernels of 799 and 655 taps over 2 MP: seconds of work, so even on a loaded machine, where
        // the budget's timer fires late, a copy cannot finish before its 1 ms limit is noticed.
        var options = new DatasetAugmentOptions { Copies = 2, TimeBudget = TimeSpan.FromMilliseconds(1) };
        var r = Run(t["src"], t["out"], "gaussian_blur(kernel_size=[799, 655], sigma=50)", options);
        Assert.Equal(0, r.Written);
        Assert.Equal(4, r.Failures.Count);
        Assert.All(r.Failures, f => Assert.Contains("time limit", f.Reason, StringComparison.Ordinal));
        Assert.False(r.Cancelled);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DatasetAugmentOptions { TimeBudget = TimeSpan.Zero }.Validate());
    }
}
