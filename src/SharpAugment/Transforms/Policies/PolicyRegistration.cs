using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Registers the automatic augmentation policies.</summary>
internal static class PolicyRegistration
{
    public static void Register(TransformRegistry r)
    {
        const string g = "policies";
        r.Add<Sample, AutoAugmentOptions>("autoaugment", g, "AutoAugment's learned sub-policies (torchvision)", o => new AutoAugment(o),
            Magnitude.None("a policy draws its own operations and strengths; set its own parameters"));
        r.Add<Sample, RandAugmentOptions>("randaugment", g, "RandAugment: num_ops ops at one magnitude (torchvision)", o => new RandAugment(o),
            Magnitude.None("a policy draws its own operations and strengths; set its own parameters"));
        r.Add<Sample, TrivialAugmentOptions>("trivialaugment", g, "TrivialAugmentWide: one op at a random magnitude (torchvision)", o => new TrivialAugment(o),
            Magnitude.None("a policy draws its own operations and strengths; set its own parameters"));
        r.Add<Sample, AugMixOptions>("augmix", g, "AugMix: Dirichlet-mixed op chains blended with the original (torchvision)", o => new AugMix(o),
            Magnitude.None("a policy draws its own operations and strengths; set its own parameters"));
        r.Add<Sample, TimmAutoAugmentOptions>("timm_autoaugment", g, "timm's AutoAugment policies v0, v0r, original, originalr", o => new TimmAutoAugment(o),
            Magnitude.None("a policy draws its own operations and strengths; set its own parameters"));
        r.Add<Sample, TimmRandAugmentOptions>("rand_augment", g, "timm's RandAugment from its config string (rand-m9-n2-mstd0.5-inc1)", o => new TimmRandAugment(o),
            Magnitude.None("a policy draws its own operations and strengths; set its own parameters"));
    }
}
