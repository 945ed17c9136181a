using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Imaging;

public class TargetTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static Sample Run(string pipeline, Sample s) => Registry.Parse<Sample>(pipeline).Apply(s, new AugmentContext(new Rng(1)));

    [Theory]
    [InlineData(BoxFormat.PascalVoc, 10, 20, 50, 80)]
    [InlineData(BoxFormat.Coco, 10, 20, 40, 60)]
    [InlineData(BoxFormat.Yolo, 0.15, 0.5, 0.2, 0.6)]
    [InlineData(BoxFormat.Normalized, 0.05, 0.2, 0.25, 0.8)]
    public void BoxFormatsRoundTripThroughTheInternalCorners(BoxFormat format, double a, double b, double c, double d)
    {
        var box = BoxConverter.From(format, a, b, c, d, 200, 100, label: 4);
        var (a2, b2, c2, d2) = BoxConverter.To(format, box, 200, 100);
        Assert.Equal(a, a2, 4);
        Assert.Equal(b, b2, 4);
        Assert.Equal(c, c2, 4);
        Assert.Equal(d, d2, 4);
        Assert.Equal(4, box.Label);
    }

    [Fact]
    public void YoloAndCocoDescribeTheSameBox()
    {
        var yolo = BoxConverter.From(BoxFormat.Yolo, 0.5, 0.5, 0.2, 0.4, 100, 50);
        var coco = BoxConverter.From(BoxFormat.Coco, 40, 15, 20, 20, 100, 50);
        Assert.Equal(coco, yolo);
    }

    [Fact]
    public void HorizontalFlipSwapsLeftAndRightKeypointLabelsAndMirrorsAngles()
    {
        var s = new Sample(TestImages.Random(40, 30, 3))
        {
            Keypoints = [new Keypoint(10, 5, Angle: 30, Scale: 2, Label: 0), new Keypoint(30, 5, Label: 1), new Keypoint(20, 20, Label: 2)],
            KeypointFlipSwap = [1, 0, 2],
        };
        var r = Run("hflip", s);
        Assert.Equal(new Keypoint(30, 5, 150, 2, 1), r.Keypoints[0]);
        Assert.Equal(0, r.Keypoints[1].Label);
        Assert.Equal(2, r.Keypoints[2].Label);
        Assert.Equal(20, r.Keypoints[2].X);

        // A quarter turn is no mirror: labels stay.
        Assert.Equal([0, 1, 2], Run("rotate90", s).Keypoints.Select(k => k.Label));
    }

    [Fact]
    public void BoxesBelowMinAreaOrMinVisibilityAreDroppedWithTheirLabels()
    {
        var s = new Sample(TestImages.Random(100, 100, 3))
        {
            Boxes = [new BoundingBox(0, 0, 30, 30, 1), new BoundingBox(40, 40, 90, 90, 2), new BoundingBox(85, 0, 100, 10, 3)],
            Rules = new TargetRules { MinVisibility = 0.5, MinArea = 20 },
        };

        // Crop (20..100, 20..100): box 1 keeps 10x10 of 30x30 (11% visible) and is dropped; box 3 keeps nothing.
        var r = Run("crop(x=20, y=20, width=80, height=80)", s);
        var kept = Assert.Single(r.Boxes);
        Assert.Equal(new BoundingBox(20, 20, 70, 70, 2), kept);

        // Without the visibility rule the sliver of box 1 stays (area 100 >= 20); box 3 is gone (no area left).
        var loose = Run("crop(x=20, y=20, width=80, height=80)", s with { Rules = new TargetRules { MinArea = 20 } });
        Assert.Equal([1, 2], loose.Boxes.Select(b => b.Label));
    }

    [Fact]
    public void KeypointsOutsideAreDroppedOrKeptByRule()
    {
        var s = new Sample(TestImages.Random(50, 50, 1)) { Keypoints = [new Keypoint(5, 5), new Keypoint(40, 40)] };
        Assert.Single(Run("crop(x=20, y=20, width=30, height=30)", s).Keypoints);
        var kept = Run("crop(x=20, y=20, width=30, height=30)", s with { Rules = new TargetRules { RemoveInvisibleKeypoints = false } });
        Assert.Equal(new Keypoint(-15, -15), kept.Keypoints[0]);
    }
}
