using System.Globalization;

namespace SharpAugment.Tabular.IO;

/// <summary>
/// How the columns of a <see cref="CsvTable"/> map to a <see cref="TabularDataset"/>: one label column, the named
/// categorical columns (text, coded by <see cref="ValueCodes"/>), every other column numeric (parsed as float).
/// Formats synthetic rows back in the file's column order, numbers in the shortest text that parses back to the same float.
/// </summary>
public sealed class CsvTableEncoding
{
    private readonly int[] _role; // >= 0: numeric index; < 0: ~categorical index; int.MinValue: label
    private readonly ValueCodes _labels;
    private readonly ValueCodes[] _categories;

    private readonly IReadOnlyList<string> _header;

    private CsvTableEncoding(TabularDataset data, int[] role, ValueCodes labels, ValueCodes[] categories, IReadOnlyList<string> header)
    {
        Data = data;
        _header = header;
        _role = role;
        _labels = labels;
        _categories = categories;
    }

    /// <summary>The table as numbers.</summary>
    public TabularDataset Data { get; }

    /// <summary>The label text of each label code.</summary>
    public IReadOnlyList<string> ClassNames => _labels.Names;

    /// <summary>Maps a label text to its code (for targets such as "setosa:60").</summary>
    public int LabelCode(string text) => _labels.CodeOf(text);

    /// <summary>The position among the numeric columns of the named column, or -1 when it is not numeric.</summary>
    public int NumericIndex(string column)
    {
        for (int c = 0; c < _role.Length; c++)
        {
            if (_header[c] == column)
            {
                return _role[c] >= 0 ? _role[c] : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Encodes <paramref name="table"/> (<paramref name="labelColumn"/> empty: no label column, every row labelled 0,
    /// for regression and multi-label tables). Unknown column names throw; bad cells (not a number, NaN, infinity, missing,
    /// wrong field count) are appended to <paramref name="errors"/> with their line and column, and null is returned if any.
    /// </summary>
    public static CsvTableEncoding? Create(CsvTable table, string labelColumn, IReadOnlyCollection<string> categoricalColumns, bool allCategorical, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(labelColumn);
        ArgumentNullException.ThrowIfNull(categoricalColumns);
        ArgumentNullException.ThrowIfNull(errors);
        var header = table.Header;
        int IndexOf(string name, string option)
        {
            for (int i = 0; i < header.Count; i++)
            {
                if (header[i] == name)
                {
                    return i;
                }
            }

            throw new ArgumentException($"unknown column '{name}' ({option}); the columns are: {string.Join(", ", header)}.");
        }

        int label = labelColumn.Length == 0 ? -1 : IndexOf(labelColumn, "--label");
        var role = new int[header.Count];
        var isCategorical = new bool[header.Count];
        foreach (string name in categoricalColumns)
        {
            int c = IndexOf(name, "--categorical");
            if (c == label)
            {
                throw new ArgumentException($"column '{name}' is the label; it cannot also be categorical.");
            }

            isCategorical[c] = true;
        }

        int numeric = 0, categorical = 0;
        for (int c = 0; c < header.Count; c++)
        {
            role[c] = c == label ? int.MinValue : allCategorical || isCategorical[c] ? ~categorical++ : numeric++;
        }

        int before = errors.Count;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r].Length != header.Count)
            {
                errors.Add($"line {table.LineNumbers[r]}: {table.Rows[r].Length} fields where the header has {header.Count}.");
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        var labels = new ValueCodes(table.Rows.Select(row => label < 0 ? "0" : row[label]));
        var categories = new ValueCodes[categorical];
        for (int c = 0; c < header.Count; c++)
        {
            if (role[c] < 0 && role[c] != int.MinValue)
            {
                int col = c;
                categories[~role[c]] = new ValueCodes(table.Rows.Select(row => row[col]));
            }
        }

        var values = new float[table.Rows.Count * numeric];
        var codes = new int[table.Rows.Count * categorical];
        var y = new int[table.Rows.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            y[r] = labels.CodeOf(label < 0 ? "0" : row[label]);
            for (int c = 0; c < header.Count; c++)
            {
                if (role[c] == int.MinValue)
                {
                    continue;
                }

                if (role[c] < 0)
                {
                    codes[r * categorical + ~role[c]] = categories[~role[c]].CodeOf(row[c]);
                }
                else if (!float.TryParse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture, out float v) || !float.IsFinite(v))
                {
                    errors.Add($"line {table.LineNumbers[r]}, column '{header[c]}': '{row[c]}' is not a finite number (name text columns with --categorical).");
                }
                else
                {
                    values[r * numeric + role[c]] = v;
                }
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        var data = new TabularDataset(values, numeric, y, codes, categorical) { ClassNames = labels.Names };
        return new CsvTableEncoding(data, role, labels, categories, header);
    }

    /// <summary>Row <paramref name="row"/> of <paramref name="data"/> (same layout as <see cref="Data"/>) as fields in the file's column order.</summary>
    public string[] Format(TabularDataset data, int row)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fields = new string[_role.Length];
        var numeric = data.NumericRow(row);
        var codes = data.CategoricalRow(row);
        for (int c = 0; c < _role.Length; c++)
        {
            fields[c] = _role[c] == int.MinValue ? _labels.Names[data.Labels[row]]
                : _role[c] < 0 ? _categories[~_role[c]].Names[codes[~_role[c]]]
                : numeric[_role[c]].ToString(CultureInfo.InvariantCulture);
        }

        return fields;
    }
}
