using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class RectFillTests
{
    [Fact]
    public void FillsOnlyTheClippedRectangle()
    {
        var px = new byte[5 * 4 * 2];
        RectFill.Constant<byte>(px, 5, 4, 2, 3, 2, 10, 10, [9, 8]);
        int filled = 0;
        for (int y = 0; y < 4; y++)
        {
            for (int x = 0; x < 5; x++)
            {
                bool inside = x >= 3 && y >= 2;
                int i = ((y * 5) + x) * 2;
                Assert.Equal(inside ? 9 : 0, px[i]);
                Assert.Equal(inside ? 8 : 0, px[i + 1]);
                filled += inside ? 1 : 0;
            }
        }

        Assert.Equal(4, filled);
        RectFill.Constant<byte>(px, 5, 4, 2, -3, -3, 2, 2, [1, 1]);
        Assert.DoesNotContain((byte)1, px);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void CopyWithEqualsACopyThenAFill(int channels)
    {
        var rects = new (int X, int Y, int W, int H)[]
        {
            (2, 3, 4, 5), (0, 0, 9, 7), (-2, -1, 3, 3), (7, 5, 10, 10), (3, 3, 0, 2), (9, 0, 2, 2), (0, 6, 9, 1), (4, 0, 1, 7),
        };
        var src = new byte[9 * 7 * channels];
        for (int i = 0; i < src.Length; i++)
        {
            src[i] = (byte)((i * 13) + 1);
        }

        byte[] value = [200, 201, 202, 203];
        foreach (var r in rects)
        {
            var want = (byte[])src.Clone();
            RectFill.Constant<byte>(want, 9, 7, channels, r.X, r.Y, r.W, r.H, value);
            var got = new byte[src.Length];
            got.AsSpan().Fill(0xEE);
            RectFill.CopyWith<byte>(src, got, 9, 7, channels, r.X, r.Y, r.W, r.H, value);
            Assert.True(want.AsSpan().SequenceEqual(got), $"rect {r}, {channels} channels");
        }
    }
}
