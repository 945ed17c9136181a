namespace SharpAugment.Pipelines;

/// <summary>One argument value in a pipeline description, as written in text or JSON before it is bound to a typed option.</summary>
public abstract record SpecValue;
