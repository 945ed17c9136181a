using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Text;

/// <summary>The base of text transforms: with probability p it draws a <see cref="TextDraw"/> from the sample's stream, then
/// rewrites each sentence of <see cref="TextSample.Current"/> into zero or more sentences.</summary>
/// <typeparam name="TOptions">The options record.</typeparam>
public abstract class TextTransform<TOptions> : SampledTransform<TextSample, TOptions, TextDraw>
    where TOptions : TransformOptions
{
    /// <summary>Validates and keeps the options.</summary>
    protected TextTransform(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    public sealed override TextDraw SampleParams(TextSample input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return new TextDraw(rng.NextUInt64());
    }

    /// <inheritdoc/>
    public sealed override TextSample Apply(TextSample input, TextDraw parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var rng = new Rng(parameters.Seed);
        var output = new List<string>();
        foreach (string sentence in input.Current)
        {
            Augment(sentence, rng, output);
        }

        return input with { Text = Original(input.Text), Augmented = output };
    }

    /// <summary>Augments one sentence with <paramref name="rng"/> and returns what it produces (one sentence, or several for a generator).</summary>
    public IReadOnlyList<string> Augment(string sentence, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(rng);
        var output = new List<string>();
        Augment(sentence, rng, output);
        return output;
    }

    /// <summary>Appends what <paramref name="sentence"/> becomes to <paramref name="output"/>.</summary>
    protected abstract void Augment(string sentence, Rng rng, List<string> output);

    /// <summary>The original as it should be written after the augmented sentences (EDA's cleaning mode cleans it).</summary>
    protected virtual string Original(string text) => text;
}
