using System.Text;
using SharpAugment.Randomness;

namespace SharpAugment.Text.Noise;

/// <summary>Random character noise, as nlpaug's RandomCharAug: insert, substitute, swap or delete characters of chosen words,
/// drawing new characters from A-Z, a-z, 0-9 and spec_char. A swap keeps the case pattern of the positions, as nlpaug does.</summary>
public sealed class RandomChar : CharNoise<RandomCharOptions>
{
    private readonly Rune[] _alphabet;

    /// <summary>Builds the alphabet the options allow.</summary>
    public RandomChar(RandomCharOptions options)
        : base("random_char", options)
    {
        var s = new StringBuilder();
        if (options.IncludeUpperCase)
        {
            s.Append("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        }

        if (options.IncludeLowerCase)
        {
            s.Append("abcdefghijklmnopqrstuvwxyz");
        }

        if (options.IncludeNumeric)
        {
            s.Append("0123456789");
        }

        s.Append(options.SpecChar);
        _alphabet = s.ToString().EnumerateRunes().ToArray();
    }

    /// <inheritdoc/>
    protected override void ChangeChars(List<Rune> chars, int[] positions, Rng rng)
    {
        switch (Options.Action)
        {
            case RandomCharAction.Insert:
                for (int k = positions.Length - 1; k >= 0; k--)
                {
                    chars.Insert(positions[k], _alphabet[rng.Next(_alphabet.Length)]);
                }

                break;
            case RandomCharAction.Substitute:
                foreach (int i in positions)
                {
                    chars[i] = _alphabet[rng.Next(_alphabet.Length)];
                }

                break;
            case RandomCharAction.Delete:
                for (int k = positions.Length - 1; k >= 0; k--)
                {
                    chars.RemoveAt(positions[k]);
                }

                break;
            default:
                Swap(chars, positions, rng);
                break;
        }
    }

    private void Swap(List<Rune> chars, int[] positions, Rng rng)
    {
        int last = chars.Count - 1;
        var wasUpper = chars.Select(Rune.IsUpper).ToArray();
        foreach (int i in positions)
        {
            int j = Partner(i, last, rng);
            if (j == i || j < 0 || j > last)
            {
                continue;
            }

            (chars[i], chars[j]) = (chars[j], chars[i]);
            chars[i] = wasUpper[i] ? Rune.ToUpperInvariant(chars[i]) : Rune.ToLowerInvariant(chars[i]);
            chars[j] = wasUpper[j] ? Rune.ToUpperInvariant(chars[j]) : Rune.ToLowerInvariant(chars[j]);
        }
    }

    private int Partner(int pos, int last, Rng rng)
    {
        switch (Options.SwapMode)
        {
            case SwapMode.Adjacent:
                if (last == 0)
                {
                    return pos;
                }

                return pos == 0 ? 1 : pos == last ? last - 1 : pos + (rng.Next(2) == 0 ? -1 : 1);
            case SwapMode.Middle:
                {
                    var c = Enumerable.Range(0, last).Where(k => k != 0 && k != pos && k != last).ToArray();
                    return c.Length == 0 ? pos : c[rng.Next(c.Length)];
                }

            default:
                {
                    var c = Enumerable.Range(0, last).Where(k => k != pos).ToArray();
                    return c.Length == 0 ? pos : c[rng.Next(c.Length)];
                }
        }
    }
}
