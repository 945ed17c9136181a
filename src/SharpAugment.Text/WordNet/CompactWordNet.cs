using System.Globalization;

namespace SharpAugment.Text.WordNet;

/// <summary>Parses the compact text form of WordNet written by tools/text/make_wordnet_resource.py (format described there).</summary>
internal static class CompactWordNet
{
    public static WordNetLexicon Read(TextReader reader)
    {
        var pos = new List<char>();
        var lemmas = new List<string[]>();
        var index = WordNetLexicon.NewIndex();
        var exceptions = WordNetLexicon.NewExceptions();
        char section = ' ';
        int lineNumber = 0;
        var ids = new List<int>(64);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '@')
            {
                section = line.Length > 1 ? line[1] : ' ';
                if (section == 'S' && int.TryParse(line.AsSpan(2), NumberStyles.AllowLeadingWhite, CultureInfo.InvariantCulture, out int count))
                {
                    // the header gives the synset count: size the tables once
                    pos.Capacity = count;
                    lemmas.Capacity = count;
                }

                continue;
            }

            switch (section)
            {
                case 'S':
                    var parts = line.Split(' ');
                    if (parts.Length < 2 || parts[0].Length != 1)
                    {
                        throw Bad(lineNumber, "a synset line is '<tag> <lemma>...'");
                    }

                    WordNetLexicon.PosIndex(parts[0][0]);
                    pos.Add(parts[0][0]);
                    lemmas.Add(parts[1..]);
                    break;
                case 'I':
                    ReadIndexLine(line, lineNumber, lemmas.Count, index, ids);
                    break;
                case 'E':
                    var e = line.Split('\t');
                    if (e.Length != 3 || e[0].Length != 1)
                    {
                        throw Bad(lineNumber, "an exception line is '<tag>\\t<form>\\t<base>...'");
                    }

                    exceptions[WordNetLexicon.PosIndex(e[0][0])][e[1]] = e[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                default:
                    throw Bad(lineNumber, "data before a section header");
            }
        }

        if (lemmas.Count == 0)
        {
            throw new InvalidDataException("Compact WordNet: no synsets.");
        }

        return new WordNetLexicon([.. pos], [.. lemmas], index, exceptions);
    }

    private static void ReadIndexLine(string line, int lineNumber, int synsets, Dictionary<string, int[]>[] index, List<int> ids)
    {
        // "<lemma>\t<tag>:<id>,<id>\t<tag>:<id>..."
        int tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab <= 0)
        {
            throw Bad(lineNumber, "an index line is '<lemma>\\t<tag>:<id>,<id>...'");
        }

        string lemma = line[..tab];
        int at = tab + 1;
        while (at < line.Length)
        {
            int end = line.IndexOf('\t', at);
            if (end < 0)
            {
                end = line.Length;
            }

            var field = line.AsSpan(at, end - at);
            if (field.Length < 3 || field[1] != ':')
            {
                throw Bad(lineNumber, "an index field is '<tag>:<id>,<id>...'");
            }

            ids.Clear();
            int value = 0;
            bool any = false;
            for (int k = 2; k <= field.Length; k++)
            {
                if (k == field.Length || field[k] == ',')
                {
                    if (!any || value >= synsets)
                    {
                        throw Bad(lineNumber, "a synset id is missing or is not a synset");
                    }

                    ids.Add(value);
                    value = 0;
                    any = false;
                }
                else if (field[k] is >= '0' and <= '9' && value < 100_000_000)
                {
                    value = (value * 10) + (field[k] - '0');
                    any = true;
                }
                else
                {
                    throw Bad(lineNumber, $"'{field.ToString()}' is not a list of synset ids");
                }
            }

            index[WordNetLexicon.PosIndex(field[0])][lemma] = [.. ids];
            at = end + 1;
        }
    }

    private static InvalidDataException Bad(int line, string what) => new($"Compact WordNet, line {line}: {what}.");
}
