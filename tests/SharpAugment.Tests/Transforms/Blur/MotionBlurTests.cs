using SharpAugment.Imaging;
using SharpAugment.Transforms.Blur;

namespace SharpAugment.Tests.Transforms.Blur;

/// <summary><c>motion_blur</c>: the line kernel and its effect.</summary>
public class MotionBlurTests
{
    [Fact]
    public void AHorizontalLineSpreadsADotAlongTheRowOnly()
    {
        var k = MotionBlur.Kernel(new MotionBlurParams(5, 0, 0, 0, 0));
        for (int i = 0; i < 25; i++)
        {
            Assert.Equal(i / 5 == 2 ? 0.2f : 0f, k[i]);
        }

        var dot = new Image<byte>(9, 9, 1);
        dot.Pixels[(4 * 9) + 4] = 250;
        var r = (Image<byte>)new MotionBlur(new MotionBlurOptions { P = 1 }).Apply(new Sample(dot), new MotionBlurParams(5, 0, 0, 0, 0)).Image;
        for (int y = 0; y < 9; y++)
        {
            for (int x = 0; x < 9; x++)
            {
                Assert.Equal(y == 4 && Math.Abs(x - 4) <= 2 ? 50 : 0, r.Pixels[(y * 9) + x]);
            }
        }
    }

    [Fact]
    public void ForwardDirectionKeepsOnlyOneSideAndKernelsSumToOne()
    {
        var k = MotionBlur.Kernel(new MotionBlurParams(7, 90, 1, 0, 0));
        // Angle 90 in kernel coordinates runs down the rows; direction 1 keeps t >= 0, the centre and below.
        for (int y = 0; y < 7; y++)
        {
            Assert.Equal(y >= 3 ? 0.25f : 0f, k[(y * 7) + 3]);
        }

        var rng = new SharpAugment.Randomness.Rng(3);
        var t = new MotionBlur(new MotionBlurOptions { P = 1, BlurLimit = new(3, 11) });
        for (int i = 0; i < 50; i++)
        {
            var p = t.SampleParams(new Sample(new Image<byte>(4, 4, 1)), rng);
            Assert.Equal(1.0, MotionBlur.Kernel(p).Sum(v => (double)v), 5);
        }
    }
}
