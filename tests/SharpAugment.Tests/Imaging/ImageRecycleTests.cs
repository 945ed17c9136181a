using SharpAugment.Imaging;

namespace SharpAugment.Tests.Imaging;

public class ImageRecycleTests
{
    [Fact]
    public void ARecycledArrayServesTheNextImageOfItsSizeOnTheSameThread()
    {
        var a = Image<byte>.CreateUninitialized(64, 48, 3);
        var array = a.Pixels;
        a.Recycle();
        var b = Image<byte>.CreateUninitialized(64, 48, 3);
        Assert.Same(array, b.Pixels);
    }

    [Fact]
    public void AnotherSizeGetsAnotherArray()
    {
        var a = Image<byte>.CreateUninitialized(64, 48, 3);
        var array = a.Pixels;
        a.Recycle();
        var b = Image<byte>.CreateUninitialized(48, 64, 1);
        Assert.NotSame(array, b.Pixels);
    }

    [Fact]
    public void TheZeroingConstructorClearsARecycledArray()
    {
        var a = Image<float>.CreateUninitialized(40, 40, 3);
        a.Pixels.AsSpan().Fill(7f);
        a.Recycle();
        var b = new Image<float>(40, 40, 3);
        Assert.Same(a.Pixels, b.Pixels);
        Assert.All(b.Pixels, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void ACallersArrayIsNeverRecycled()
    {
        var mine = new byte[64 * 48 * 3];
        var wrapped = new Image<byte>(64, 48, 3, mine);
        wrapped.Recycle();
        var next = Image<byte>.CreateUninitialized(64, 48, 3);
        Assert.NotSame(mine, next.Pixels);
    }

    [Fact]
    public void RecyclingTwiceHandsTheArrayOutOnce()
    {
        var a = Image<byte>.CreateUninitialized(64, 48, 3);
        a.Recycle();
        a.Recycle();
        var b = Image<byte>.CreateUninitialized(64, 48, 3);
        var c = Image<byte>.CreateUninitialized(64, 48, 3);
        Assert.Same(a.Pixels, b.Pixels);
        Assert.NotSame(b.Pixels, c.Pixels);
    }

    [Fact]
    public void ArraysDoNotCrossThreads()
    {
        var a = Image<byte>.CreateUninitialized(64, 48, 3);
        a.Recycle();
        byte[]? other = null;
        var thread = new Thread(() => other = Image<byte>.CreateUninitialized(64, 48, 3).Pixels);
        thread.Start();
        thread.Join();
        Assert.NotSame(a.Pixels, other);
    }
}
