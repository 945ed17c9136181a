using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Views;

namespace SharpAugment.Tests.Transforms.Views;

public class MultiViewTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static Sample Input(int w = 120, int h = 90) => TestImages.FullSample(w, h, 3, 7) with { Label = 4 };

    public static readonly TheoryData<string, int, int[]> Expected = new()
    {
        { "simclr", 2, [224, 224] },
        { "dino", 10, [224, 224, 96, 96, 96, 96, 96, 96, 96, 96] },
        { "fixmatch", 2, [120, 120] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void ViewsHaveTheRightCountSizesAndLabel(string recipe, int count, int[] sizes)
    {
        var multi = new MultiView(ViewRecipes.ByName(recipe, 120, 90), Registry);
        var input = Input();
        for (ulong seed = 0; seed < 5; seed++)
        {
            var views = multi.Apply(input, Rng.ForSample(seed, 0, 3));
            Assert.Equal(count, views.Count);
            Assert.Equal(count, multi.ViewNames.Count);
            for (int k = 0; k < count; k++)
            {
                Assert.Equal(sizes[k], views[k].Width);
                Assert.Equal(recipe == "fixmatch" ? 90 : sizes[k], views[k].Height);
                Assert.Equal(4, views[k].Label);
                Assert.Equal(3, views[k].Image.Channels);
                Assert.Equal(views[k].Height, views[k].Masks[0].Height);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void SameSeedSameViewsAndViewsDifferFromEachOther(string recipe, int count, int[] sizes)
    {
        _ = sizes;
        var multi = new MultiView(ViewRecipes.ByName(recipe, 120, 90), Registry);
        var input = Input();
        var a = multi.Apply(input, Rng.ForSample(9, 0, 0));
        var b = multi.Apply(input, Rng.ForSample(9, 0, 0));
        var c = multi.Apply(input, Rng.ForSample(10, 0, 0));
        bool anyDifferent = false;
        for (int k = 0; k < count; k++)
        {
            Assert.True(((Image<byte>)a[k].Image).ContentEquals((Image<byte>)b[k].Image));
            anyDifferent |= !((Image<byte>)a[k].Image).ContentEquals((Image<byte>)c[k].Image);
        }

        Assert.True(anyDifferent);
        Assert.False(((Image<byte>)a[0].Image).ContentEquals((Image<byte>)a[1].Image));
    }

    [Fact]
    public void GrayInputsGiveGrayViewsSoABatchOfViewsHasOneChannelCount()
    {
        var multi = new MultiView(ViewRecipes.Dino(64, 32, 4), Registry);
        var gray = TestImages.FullSample(80, 60, 1, 3) with { Label = 0 };
        for (ulong seed = 0; seed < 10; seed++)
        {
            Assert.All(multi.Apply(gray, new Rng(seed)), v => Assert.Equal(1, v.Image.Channels));
        }
    }

    [Fact]
    public void SoftLabelIsKeptToo()
    {
        var multi = new MultiView(ViewRecipes.SimClr(64), Registry);
        var views = multi.Apply(Input() with { SoftLabel = [0.5f, 0.5f] }, new Rng(1));
        Assert.All(views, v => Assert.Equal([0.5f, 0.5f], v.SoftLabel));
    }

    [Fact]
    public void FixMatchStrongEndsWithAGrayCutoutOfHalfTheSize()
    {
        var multi = new MultiView(ViewRecipes.FixMatch(64, 48), Registry);
        for (ulong seed = 0; seed < 10; seed++)
        {
            var strong = (Image<byte>)multi.Apply(Input(64, 48), new Rng(seed))[1].Image;
            Assert.True(HasGrayBlock(strong, 32, 24), $"seed {seed}: no 32x24 block of 127");
        }
    }

    [Fact]
    public void FixMatchWeakIsAFlipAndAReflectTranslationOfAtMostOneEighth()
    {
        // A horizontal ramp: after an optional flip and a shift of at most 8 pixels with reflect padding, the middle row
        // still holds a monotone ramp whose ends moved by at most 8 columns' worth of value.
        var img = new Image<byte>(64, 64, 3);
        for (int y = 0; y < 64; y++)
        {
            for (int x = 0; x < 64; x++)
            {
                for (int c = 0; c < 3; c++)
                {
                    img[x, y, c] = (byte)(x * 4);
                }
            }
        }

        var multi = new MultiView(ViewRecipes.FixMatch(64, 64), Registry);
        for (ulong seed = 0; seed < 20; seed++)
        {
            var weak = (Image<byte>)multi.Apply(new Sample(img) { Label = 1 }, new Rng(seed))[0].Image;
            int centre = weak[32, 32, 0];
            Assert.InRange(centre, (32 - 8) * 4, (32 + 8) * 4);
        }
    }

    [Fact]
    public void RecipesArePrintableTextThatRoundTrips()
    {
        foreach (var name in ViewRecipes.Names)
        {
            var recipe = ViewRecipes.ByName(name, 32, 32);
            var multi = new MultiView(recipe, Registry);
            foreach (var v in recipe.Views)
            {
                var parsed = Registry.Build<Sample>(v.Pipeline);
                Assert.Equal(PipelineText.Format(parsed.ToSpec()), PipelineText.Format(Registry.Parse<Sample>(PipelineText.Format(parsed.ToSpec())).ToSpec()));
            }

            Assert.Contains(recipe.Views[0].Name, multi.Explain(), StringComparison.Ordinal);
        }

        Assert.Contains("solarize(p=0.2)", ViewRecipes.Dino().Views[1].Pipeline.ToString(), StringComparison.Ordinal);
        Assert.Contains("color_jitter(brightness=0.4, contrast=0.4, saturation=0.4, hue=0.1, p=0.8)", ViewRecipes.SimClr(strength: 0.5).Views[0].Pipeline.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("gaussian_blur", ViewRecipes.SimClr(blur: false).Views[0].Pipeline.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BadRecipeParametersNameTheParameter()
    {
        Assert.Equal("strength", Assert.Throws<TransformParameterException>(() => ViewRecipes.SimClr(strength: 3)).Parameter);
        Assert.Equal("local_crops", Assert.Throws<TransformParameterException>(() => ViewRecipes.Dino(localCrops: -1)).Parameter);
        Assert.Throws<ArgumentException>(() => ViewRecipes.ByName("byol", 32, 32));
        Assert.Throws<KeyNotFoundException>(() => new MultiView(new ViewRecipe("x", [new ViewSpec("v", "no_such_transform")]), Registry));
    }

    private static bool HasGrayBlock(Image<byte> img, int w, int h)
    {
        for (int y0 = 0; y0 + h <= img.Height; y0++)
        {
            for (int x0 = 0; x0 + w <= img.Width; x0++)
            {
                if (IsGray(img, x0, y0, w, h))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsGray(Image<byte> img, int x0, int y0, int w, int h)
    {
        for (int y = y0; y < y0 + h; y++)
        {
            for (int x = x0; x < x0 + w; x++)
            {
                for (int c = 0; c < 3; c++)
                {
                    if (img[x, y, c] != 127)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
