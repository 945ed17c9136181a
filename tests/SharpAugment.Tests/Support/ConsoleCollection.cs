namespace SharpAugment.Tests.Support;

/// <summary>Tests that swap <see cref="Console.Error"/> run alone, so no other test's messages land in what they read.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console";
}
