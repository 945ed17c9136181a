using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class TorchLinspaceTests
{
    [Fact]
    public void FillEqualsValueElementForElement()
    {
        // Grid axes (centred, odd and even lengths, around the 16-element vector blocks of torch's kernel) and policy tables.
        var ranges = new[] { (-255.5, 255.5), (0.0, 0.99), (255.0, 0.0), (0.0, 30.0), (-0.5, 0.5), (3.25, -7.75) };
        foreach (int steps in new[] { 1, 2, 3, 7, 15, 16, 17, 31, 32, 33, 100, 224, 511, 512, 513, 1000 })
        {
            foreach (var (start, end) in ranges)
            {
                var filled = new float[steps];
                TorchLinspace.Fill(start, end, filled);
                for (int i = 0; i < steps; i++)
                {
                    Assert.Equal((float)TorchLinspace.Value(start, end, steps, i), filled[i]);
                }
            }
        }

        // The grid axis of an n-pixel image holds the pixel centres -n/2 + 0.5 .. n/2 - 0.5 (exact in float32).
        var axis = new float[512];
        TorchLinspace.Fill(-255.5, 255.5, axis);
        Assert.Equal(-255.5f, axis[0]);
        Assert.Equal(0.5f, axis[256]);
        Assert.Equal(255.5f, axis[511]);
    }
}
