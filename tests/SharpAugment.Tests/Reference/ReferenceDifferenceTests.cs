using SharpAugment.Imaging;

namespace SharpAugment.Tests.Reference;

/// <summary>The reference harness itself must be able to fail: each bound is checked just inside and just outside.</summary>
public class ReferenceDifferenceTests
{
    [Fact]
    public void ExactRejectsOneValueOffByOne()
    {
        var a = new Image<byte>(4, 3, 3);
        var b = a.Clone();
        Assert.Null(ReferenceDifference.Check(a, b, ReferencePin.Exact));
        b[2, 1, 2] = 1;
        Assert.Equal("1 of 36 values differ, max |d| 1 at x=2, y=1, c=2 (ours 0, torchvision 1) (must be identical)",
            ReferenceDifference.Check(a, b, ReferencePin.Exact));
    }

    [Fact]
    public void ShapeAndChannelCountMustMatch()
    {
        var a = Ramp(100, 10, 3);
        Assert.NotNull(ReferenceDifference.Check(new Image<byte>(100, 10, 1), a, new ReferencePin(255, int.MaxValue)));
        Assert.NotNull(ReferenceDifference.Check(new Image<byte>(99, 10, 3), a, new ReferencePin(255, int.MaxValue)));
        Assert.NotNull(ReferenceDifference.Check(new float[5], new float[6], 6, 1, new ReferencePin(1, 6)));
    }

    [Fact]
    public void PinBoundsBothTheLevelAndTheCount()
    {
        var a = Ramp(100, 10, 3); // 3000 values
        var pin = new ReferencePin(1, 109);
        Assert.Null(ReferenceDifference.Check(Perturb(a, 109, 1), a, pin));
        Assert.NotNull(ReferenceDifference.Check(Perturb(a, 110, 1), a, pin)); // one value more
        var twoLevels = Perturb(a, 1, 1);
        twoLevels.Pixels[0] += 1;
        Assert.NotNull(ReferenceDifference.Check(twoLevels, a, pin)); // one level more
    }

    [Fact]
    public void FloatPinsCountHalfUlpsAndRejectNaN()
    {
        float[] want = [0.5f, 0.25f, 1f];
        float[] got = [0.5f, 0.25f, BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(1f) - 1)]; // 1 - 2^-24
        Assert.Null(ReferenceDifference.Check(got, want, 3, 1, new ReferencePin(ReferencePin.Float32HalfUlp, 1)));
        Assert.NotNull(ReferenceDifference.Check(got, want, 3, 1, ReferencePin.Exact));
        Assert.NotNull(ReferenceDifference.Check(got, want, 3, 1, new ReferencePin(ReferencePin.Float32HalfUlp / 2, 1)));
        got[0] = float.NaN;
        Assert.NotNull(ReferenceDifference.Check(got, want, 3, 1, new ReferencePin(1, 3)));
    }

    private static Image<byte> Ramp(int width, int height, int channels)
    {
        var image = new Image<byte>(width, height, channels);
        for (int i = 0; i < image.Pixels.Length; i++)
        {
            image.Pixels[i] = (byte)(i * 7 % 200);
        }

        return image;
    }

    /// <summary>Adds <paramref name="delta"/> to the first <paramref name="count"/> values.</summary>
    private static Image<byte> Perturb(Image<byte> image, int count, int delta)
    {
        var copy = image.Clone();
        for (int k = 0; k < count; k++)
        {
            copy.Pixels[k] = (byte)(copy.Pixels[k] + delta);
        }

        return copy;
    }
}
