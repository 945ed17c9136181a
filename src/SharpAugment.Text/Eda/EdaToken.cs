namespace SharpAugment.Text.Eda;

/// <summary>One token of a sentence under EDA: a word (which the operations may replace, insert, swap or delete) or a
/// punctuation mark (which stays where it is), with the whitespace that preceded it in the input.</summary>
/// <param name="Text">The token.</param>
/// <param name="Leading">The whitespace before it (kept on output).</param>
/// <param name="IsWord">Whether EDA's operations act on it.</param>
public readonly record struct EdaToken(string Text, string Leading, bool IsWord);
