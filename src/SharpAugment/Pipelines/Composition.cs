namespace SharpAugment.Pipelines;

/// <summary>Registers the composites, which work on every data type.</summary>
internal static class Composition
{
    public static void Register(TransformRegistry r)
    {
        r.AddGeneric<ComposeOptions>("compose", "composition", "apply every child in order (also written a | b | c)", new ComposeFactory());
        r.AddGeneric<OneOfOptions>("one_of", "composition", "apply one child, picked by weight", new OneOfFactory());
        r.AddGeneric<SomeOfOptions>("some_of", "composition", "apply n children picked at random, in listed order", new SomeOfFactory());
        r.AddGeneric<RandomApplyOptions>("random_apply", "composition", "apply all children together with probability p", new RandomApplyFactory());
        r.AddGeneric<RandomOrderOptions>("random_order", "composition", "apply every child in a random order", new RandomOrderFactory());
    }

    private sealed class ComposeFactory : IGenericTransformFactory
    {
        public ITransform<T> Create<T>(TransformOptions options, TransformRegistry registry) => new Compose<T>((ComposeOptions)options, registry);
    }

    private sealed class OneOfFactory : IGenericTransformFactory
    {
        public ITransform<T> Create<T>(TransformOptions options, TransformRegistry registry) => new OneOf<T>((OneOfOptions)options, registry);
    }

    private sealed class SomeOfFactory : IGenericTransformFactory
    {
        public ITransform<T> Create<T>(TransformOptions options, TransformRegistry registry) => new SomeOf<T>((SomeOfOptions)options, registry);
    }

    private sealed class RandomApplyFactory : IGenericTransformFactory
    {
        public ITransform<T> Create<T>(TransformOptions options, TransformRegistry registry) => new RandomApply<T>((RandomApplyOptions)options, registry);
    }

    private sealed class RandomOrderFactory : IGenericTransformFactory
    {
        public ITransform<T> Create<T>(TransformOptions options, TransformRegistry registry) => new RandomOrder<T>((RandomOrderOptions)options, registry);
    }
}
