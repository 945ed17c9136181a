using System.Text;
using SharpAugment.Randomness;

namespace SharpAugment.Text.Noise;

/// <summary>
/// The frame of nlpaug's character augmenters: choose count(tokens, aug_word_*) tokens among those of at least min_char
/// characters, then in each chosen token count(length, aug_char_*) of its eligible characters, and change them. Unlike nlpaug,
/// which re-joins tokens with spaces and regex fixes (turning "don't" into "don ' t"), the text between tokens is kept as written.
/// </summary>
/// <typeparam name="TOptions">The options record.</typeparam>
public abstract class CharNoise<TOptions> : TextTransform<TOptions>
    where TOptions : CharNoiseOptions
{
    /// <summary>Keeps the validated options.</summary>
    protected CharNoise(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    protected override void Augment(string sentence, Rng rng, List<string> output) => output.Add(Noise(sentence, rng));

    /// <summary>Changes one sentence.</summary>
    public string Noise(string sentence, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(rng);
        if (string.IsNullOrWhiteSpace(sentence))
        {
            return sentence;
        }

        return NlpaugText.ChangeTokens(sentence, Options.AugWordP, Options.AugWordMin, Options.AugWordMax, Options.MinChar, IsEligibleToken, ChangeToken, rng);
    }

    /// <summary>Whether a token may be chosen at all (the length rule is applied separately).</summary>
    protected virtual bool IsEligibleToken(string token) => true;

    /// <summary>Changes a chosen token (possibly into several words, as word splitting does).</summary>
    protected virtual string ChangeToken(string token, Rng rng)
    {
        var chars = token.EnumerateRunes().ToList();
        var eligible = new List<int>();
        for (int i = 0; i < chars.Count; i++)
        {
            if (IsEligibleChar(chars[i]))
            {
                eligible.Add(i);
            }
        }

        int count = NlpaugText.Count(chars.Count, Options.AugCharP, Options.AugCharMin, Options.AugCharMax);
        var picked = NlpaugText.Sample(eligible, count, rng);
        if (picked.Length == 0)
        {
            return token;
        }

        Array.Sort(picked);
        ChangeChars(chars, picked, rng);
        var sb = new StringBuilder(token.Length + 4);
        foreach (var r in chars)
        {
            sb.Append(r.ToString());
        }

        return sb.ToString();
    }

    /// <summary>Whether a character of a chosen token may be changed.</summary>
    protected virtual bool IsEligibleChar(Rune c) => true;

    /// <summary>Changes the characters at <paramref name="positions"/> (ascending) in place.</summary>
    protected abstract void ChangeChars(List<Rune> chars, int[] positions, Rng rng);
}
