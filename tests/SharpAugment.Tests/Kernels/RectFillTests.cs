using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

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
}
