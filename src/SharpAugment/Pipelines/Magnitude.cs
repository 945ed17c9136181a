using System.Globalization;

namespace SharpAugment.Pipelines;

/// <summary>How one scalar strength in [0, 1] maps onto a transform's options (0 = no change, 1 = the strongest setting users ordinarily use), as RandAugment maps M onto each op; declared at registration so no image transform can leave it out.</summary>
public sealed class Magnitude
{
    private readonly Func<double, TransformOptions>? _map;

    private Magnitude(Type? optionsType, Func<double, TransformOptions>? map, string? noneReason)
    {
        OptionsType = optionsType;
        _map = map;
        NoneReason = noneReason;
    }

    /// <summary>Whether a magnitude means something for this transform.</summary>
    public bool IsDefined => _map is not null;

    /// <summary>Why the transform has no magnitude (a flip is all or nothing), or null when it has one.</summary>
    public string? NoneReason { get; }

    /// <summary>The options type the mapping builds, or null for <see cref="None"/>.</summary>
    public Type? OptionsType { get; }

    /// <summary>Declares that a magnitude has no meaning here; the reason is shown to users.</summary>
    public static Magnitude None(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Magnitude(null, null, reason);
    }

    /// <summary>Declares the mapping; <paramref name="map"/> must return fresh options, identity at 0.</summary>
    public static Magnitude Of<TOptions>(Func<double, TOptions> map)
        where TOptions : TransformOptions
    {
        ArgumentNullException.ThrowIfNull(map);
        return new Magnitude(typeof(TOptions), m => map(m), null);
    }

    /// <summary><c>center - spread .. center + spread</c>, a constant when the spread is zero (so magnitude 0 writes a plain value).</summary>
    public static FloatRange Around(double center, double spread) =>
        spread == 0 ? center : new FloatRange(center - spread, center + spread);

    /// <summary>The probability for a transform whose kernel is not exact at zero strength: off at 0 so that magnitude 0 stays the identity, always on above.</summary>
    public static double OffAtZero(double magnitude) => magnitude == 0 ? 0 : 1;

    /// <summary>The options at magnitude <paramref name="magnitude"/>; the error names the transform and the allowed range.</summary>
    public TransformOptions OptionsAt(string transform, double magnitude)
    {
        if (_map is null)
        {
            throw new TransformParameterException(transform, "magnitude", magnitude.ToString(CultureInfo.InvariantCulture),
                "no magnitude: " + NoneReason + "; set its parameters instead");
        }

        if (!(magnitude >= 0 && magnitude <= 1))
        {
            throw new TransformParameterException(transform, "magnitude", magnitude.ToString(CultureInfo.InvariantCulture), "[0, 1]");
        }

        var options = _map(magnitude);
        ParamSchema.For(options.GetType()).Validate(transform, options);
        return options;
    }
}
