using SharpAugment.Cli;

namespace SharpAugment.Evaluation.Tests;

public class AuditorTests
{
    private static readonly AuditOptions Quick = new() { Folds = 3, Copies = 2, Seed = 0 };

    // One audit of three steps on 60 digits per class: each step alone, plus the whole pipeline.
    private static readonly Lazy<AuditReport> Report = new(() => Auditor.Run(DigitsFixture.Subset(60),
        "rotate(angle=180) | rotate(angle=-8..8) | gaussian_blur(kernel_size=5, sigma=1.5)", Registries.CreateFull(), Quick));

    [Fact]
    public void Rotating_digits_half_a_turn_destroys_labels_and_swaps_6_and_9()
    {
        var step = Report.Value.Steps.Single(s => s.Pipeline == "rotate(angle=180)");
        Assert.Equal(AuditVerdict.DestroysLabels, step.Verdict);
        Assert.Contains(step.Confusions, c => c is { From: "6", To: "9", Source: ConfusionSource.Swap });
        Assert.Contains(step.Confusions, c => c is { From: "9", To: "6", Source: ConfusionSource.Swap });
        Assert.True(Report.Value.DestroysLabels);
    }

    [Fact]
    public void A_small_rotation_is_safe()
    {
        var step = Report.Value.Steps.Single(s => s.Pipeline == "rotate(angle=-8..8)");
        Assert.Equal(AuditVerdict.Safe, step.Verdict);
        Assert.DoesNotContain(step.Confusions, c => c.Source == ConfusionSource.Swap);
    }

    [Fact]
    public void A_heavy_blur_shifts_the_distribution_but_a_model_trained_with_it_copes()
    {
        var step = Report.Value.Steps.Single(s => s.Pipeline == "gaussian_blur(kernel_size=5, sigma=1.5)");
        Assert.True(step.Verdict == AuditVerdict.ShiftsDistribution, Report.Value.ToJson());
        Assert.True(step.ShiftAccuracy < Report.Value.BaselineAccuracy - 0.3, $"shift {step.ShiftAccuracy}");
        Assert.True(step.LabelSafetyAccuracy > Report.Value.BaselineAccuracy - Quick.MaxDrop, $"safety {step.LabelSafetyAccuracy}");
    }

    [Fact]
    public void The_whole_pipeline_comes_first_then_each_step()
    {
        Assert.Equal(
            ["rotate(angle=180) | rotate(angle=-8..8) | gaussian_blur(kernel_size=5, sigma=1.5)", "rotate(angle=180)", "rotate(angle=-8..8)", "gaussian_blur(kernel_size=5, sigma=1.5)"],
            Report.Value.Steps.Select(s => s.Pipeline));
        Assert.InRange(Report.Value.BaselineAccuracy, 0.85, 1.0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_and_another_seed_another()
    {
        var data = DigitsFixture.Subset(30);
        var options = Quick with { Model = ProxyModelKind.LightGbm };
        string a = Auditor.Run(data, "rotate(angle=-30..30)", Registries.CreateFull(), options).ToJson();
        string b = Auditor.Run(data, "rotate(angle=-30..30)", Registries.CreateFull(), options).ToJson();
        string c = Auditor.Run(data, "rotate(angle=-30..30)", Registries.CreateFull(), options with { Seed = 1 }).ToJson();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void A_pair_the_clean_model_already_confuses_is_no_swap()
    {
        string[] names = ["a", "b", "c"];
        // Augmented: 4 of 10 a's called b and 4 of 10 b's called a.
        int[,] shift = { { 6, 4, 0 }, { 4, 6, 0 }, { 0, 0, 10 } };
        int[,] clean = { { 10, 0, 0 }, { 0, 10, 0 }, { 0, 0, 10 } };
        int[,] confused = { { 8, 2, 0 }, { 2, 8, 0 }, { 0, 0, 10 } };
        Assert.Equal(["a", "b"], Auditor.Swaps(shift, clean, names).Select(c => c.From).Order(StringComparer.Ordinal));
        Assert.Empty(Auditor.Swaps(shift, confused, names));
    }

    [Fact]
    public void A_baseline_near_chance_is_flagged_and_a_readable_one_is_not()
    {
        Assert.False(Report.Value.BaselineNearChance);
        var data = DigitsFixture.Subset(10);
        // Labels shuffled across the images: nothing to learn, so the baseline sits near 1 in 10.
        var rng = Randomness.Rng.ForSample(9, 9, 9);
        int[] labels = [.. data.Labels];
        for (int i = labels.Length - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (labels[i], labels[j]) = (labels[j], labels[i]);
        }

        var report = Auditor.Run(new LabelledImages(data.Images, labels, data.ClassNames), "hflip", Registries.CreateFull(), Quick);
        Assert.True(report.BaselineNearChance, report.ToJson());
        Assert.Equal(0.1, report.ChanceAccuracy);
    }
}
