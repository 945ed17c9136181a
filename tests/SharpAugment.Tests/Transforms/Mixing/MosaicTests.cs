using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Mixing;

namespace SharpAugment.Tests.Transforms.Mixing;

/// <summary><c>mosaic</c>: tiles in their quadrants, labels weighed by area.</summary>
public class MosaicTests
{
    [Fact]
    public void MosaicTilesLandInTheirQuadrantAndStayInside()
    {
        var batch = BatchFixtures.Flat(5);
        var t = new Mosaic(new MosaicOptions { CenterRange = new FloatRange(0, 1) });
        for (ulong seed = 0; seed < 60; seed++)
        {
            var p = t.SampleParams(batch, new Rng(seed));
            var r = t.Apply(batch, p);
            for (int i = 0; i < batch.Count; i++)
            {
                var tile = p.Tiles[i];
                Assert.Equal(i, tile.Sources[0]);
                MixBox[] quads = [new(0, 0, tile.CenterX, tile.CenterY), new(tile.CenterX, 0, 40, tile.CenterY), new(0, tile.CenterY, tile.CenterX, 30), new(tile.CenterX, tile.CenterY, 40, 30)];
                var s = r.Samples[i];
                var img = (Image<byte>)s.Image;
                int boxIndex = 0;
                for (int q = 0; q < 4; q++)
                {
                    var quad = quads[q];
                    int src = tile.Sources[q];
                    if (quad.Area > 0)
                    {
                        // every source box covered its whole image, so it must become exactly its quadrant, in order
                        var box = s.Boxes[boxIndex++];
                        Assert.Equal(new BoundingBox(quad.XMin, quad.YMin, quad.XMax, quad.YMax, src), box);
                        Assert.Equal(BatchFixtures.Shade(src), img[quad.XMin, quad.YMin, 1]);
                        Assert.Equal(BatchFixtures.Shade(src), img[quad.XMax - 1, quad.YMax - 1, 2]);
                        Assert.Equal(src + 1, s.Masks[0][quad.XMax - 1, quad.YMin, 0]);
                    }
                }

                Assert.Equal(boxIndex, s.Boxes.Count);
                foreach (var b in s.Boxes)
                {
                    Assert.True(b.XMin >= 0 && b.YMin >= 0 && b.XMax <= 40 && b.YMax <= 30, $"box {b} leaves the 40x30 image");
                }

                foreach (var k in s.Keypoints)
                {
                    Assert.True(quads[Array.IndexOf(tile.Sources.ToArray(), k.Label)].Contains(k.X, k.Y) || tile.Sources.Count(x => x == k.Label) > 1);
                }
            }
        }
    }

    [Fact]
    public void MosaicLabelsWeighTilesByArea()
    {
        var batch = BatchFixtures.Flat(4);
        var t = new Mosaic(new MosaicOptions());
        var tile = new MosaicTile([0, 1, 2, 3], 10, 20);
        var r = t.Apply(batch, new MosaicParams([tile, tile with { Sources = [1, 1, 1, 1] }, tile with { Sources = [2, 0, 0, 0] }, tile with { Sources = [3, 3, 3, 3] }]));
        Assert.Equal([200f / 1200, 600f / 1200, 100f / 1200, 300f / 1200, 0f, 0f], r.Label(0).ToArray());
        Assert.Equal([0f, 1f, 0f, 0f, 0f, 0f], r.Label(1).ToArray());
    }
}
