namespace SharpAugment.Evaluation.Tests;

public class StratifiedKFoldTests
{
    private static readonly string[] Names = ["a", "b", "c"];

    [Fact]
    public void Every_fold_holds_each_class_in_proportion_and_the_seed_fixes_the_assignment()
    {
        int[] labels = [.. Enumerable.Range(0, 90).Select(i => i % 3)];
        var folds = StratifiedKFold.Assign(labels, Names, 5, seed: 7);
        for (int f = 0; f < 5; f++)
        {
            for (int c = 0; c < 3; c++)
            {
                Assert.Equal(6, Enumerable.Range(0, 90).Count(i => folds[i] == f && labels[i] == c));
            }
        }

        Assert.Equal(folds, StratifiedKFold.Assign(labels, Names, 5, seed: 7));
        Assert.NotEqual(folds, StratifiedKFold.Assign(labels, Names, 5, seed: 8));
    }

    [Fact]
    public void One_class_is_refused_with_a_message_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => StratifiedKFold.Assign([0, 0, 0, 0, 0, 0], Names, 3, 0));
        Assert.Contains("one class ('a', 6 images)", e.Message, StringComparison.Ordinal);
        Assert.Contains("at least two classes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_with_fewer_images_than_folds_is_refused_with_counts_and_a_remedy()
    {
        int[] labels = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2];
        var e = Assert.Throws<ArgumentException>(() => StratifiedKFold.Assign(labels, Names, 5, 0));
        Assert.Contains("too few images per fold: 'c' has 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("lower --folds", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, StratifiedKFold.Assign(labels, Names, 2, 0).Distinct().Count());
    }
}
