using System.Globalization;

namespace SharpAugment.Tabular.IO;

/// <summary>
/// Codes for the distinct text values of a label or categorical column: their ranks in sorted order, numeric order
/// when every value is a number (as pandas would read the column), ordinal string order otherwise, so that
/// "smallest label" and "smallest category" tie rules agree with imbalanced-learn on the same file.
/// </summary>
public sealed class ValueCodes
{
    private readonly Dictionary<string, int> _codes;

    /// <summary>Codes the distinct values of <paramref name="values"/>.</summary>
    public ValueCodes(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
        bool numeric = distinct.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        Names = numeric
            ? [.. distinct.OrderBy(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ThenBy(v => v, StringComparer.Ordinal)]
            : [.. distinct.Order(StringComparer.Ordinal)];
        _codes = [];
        for (int i = 0; i < Names.Count; i++)
        {
            _codes[Names[i]] = i;
        }
    }

    /// <summary>The value of each code.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The code of a value; an unknown value is an error naming it.</summary>
    public int CodeOf(string value) => _codes.TryGetValue(value, out int code)
        ? code
        : throw new ArgumentException($"unknown value '{value}'; known values are: {string.Join(", ", Names)}.");
}
