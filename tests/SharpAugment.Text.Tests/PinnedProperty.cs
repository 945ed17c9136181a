using FsCheck;
using FsCheck.Fluent;

namespace SharpAugment.Text.Tests;

/// <summary>Runs an FsCheck property from a pinned generator seed, as the [Property(Replay = ...)] tests do, so CI sees the same cases every run.</summary>
internal static class PinnedProperty
{
    /// <summary>The replay seed shared with the image and audio properties.</summary>
    private static readonly Config Pinned = Config.QuickThrowOnFailure.WithReplay(20261125UL, 1UL);

    /// <summary>Checks <paramref name="property"/> on the pinned cases; throws on the first failure.</summary>
    public static void CheckPinned(this Property property) => property.Check(Pinned);
}
