using System.ComponentModel;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary>The options audit and tune share: the ImageFolder, the folds, the augmented copies, the JSON report, the seed and the proxy model.</summary>
public abstract class EvaluationSettings : CommandSettings
{
    /// <summary>The ImageFolder to score on.</summary>
    [CommandArgument(0, "<DATASET>")]
    [Description("An ImageFolder: one subfolder of images per class.")]
    public string Dataset { get; init; } = string.Empty;

    /// <summary>Stratified folds.</summary>
    [CommandOption("--folds <K>")]
    [Description("Stratified folds (default 5); every class needs at least K images.")]
    public int Folds { get; init; } = 5;

    /// <summary>Augmented copies per training image.</summary>
    [CommandOption("--copies <N>")]
    [Description("Augmented copies of each training image added to the clean ones (default 4).")]
    public int Copies { get; init; } = 4;

    /// <summary>Where to write the JSON report.</summary>
    [CommandOption("--json <FILE>")]
    [Description("Also write the report as JSON.")]
    public string? Json { get; init; }

    /// <summary>The seed.</summary>
    [CommandOption("-s|--seed <S>")]
    [Description("Seed of the folds, the augmentation and the models (default 0); the report depends only on it and the inputs.")]
    public ulong Seed { get; init; }

    /// <summary>The proxy model.</summary>
    [CommandOption("--model <MODEL>")]
    [Description("Proxy model: maxent (LbfgsMaximumEntropy, default) or lightgbm.")]
    public string Model { get; init; } = "maxent";
}
