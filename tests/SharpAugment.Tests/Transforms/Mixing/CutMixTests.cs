using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Mixing;

namespace SharpAugment.Tests.Transforms.Mixing;

/// <summary><c>cutmix</c>: the label weight is the share of pixels kept, and masks follow the paste.</summary>
public class CutMixTests
{
    [Fact]
    public void CutMixLabelWeightEqualsPixelsKeptAndMasksFollowThePaste()
    {
        var batch = BatchFixtures.Flat(3);
        var t = new CutMix(new CutMixOptions());
        for (ulong seed = 0; seed < 50; seed++)
        {
            var r = t.Apply(batch, new AugmentContext(new Rng(seed)));
            for (int i = 0; i < 3; i++)
            {
                int j = (i + 2) % 3;
                var img = (Image<byte>)r.Samples[i].Image;
                int kept = 0;
                for (int px = 0; px < img.Pixels.Length; px += 3)
                {
                    kept += img.Pixels[px] == BatchFixtures.Shade(i) ? 1 : 0;
                }

                double lambda = kept / (double)(batch.Width * batch.Height);
                Assert.Equal((float)lambda, r.Label(i)[i], 6); // float32 of an exact double ratio: 6 decimals
                if (lambda < 1)
                {
                    Assert.Equal((float)(1 - lambda), r.Label(i)[j], 6);
                }

                var mask = r.Samples[i].Masks[0].Pixels;
                for (int px = 0; px < mask.Length; px++)
                {
                    bool fromPartner = img.Pixels[px * 3] == BatchFixtures.Shade(j);
                    Assert.Equal(fromPartner ? j + 1 : i + 1, mask[px]);
                }
            }
        }
    }
}
