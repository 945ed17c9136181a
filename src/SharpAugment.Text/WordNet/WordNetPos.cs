namespace SharpAugment.Text.WordNet;

/// <summary>A WordNet part of speech, in the order nltk's <c>synsets(word)</c> visits them (noun, verb, adjective, adverb).</summary>
public enum WordNetPos
{
    /// <summary>Noun (<c>n</c>, data.noun).</summary>
    Noun,

    /// <summary>Verb (<c>v</c>, data.verb).</summary>
    Verb,

    /// <summary>Adjective, heads and satellites (<c>a</c> and <c>s</c>, data.adj).</summary>
    Adjective,

    /// <summary>Adverb (<c>r</c>, data.adv).</summary>
    Adverb,
}
