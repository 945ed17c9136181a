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
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        char section = ' ';
        int lineNumber = 0;
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
                    var ls = new string[parts.Length - 1];
                    for (int i = 1; i < parts.Length; i++)
                    {
                        ls[i - 1] = Intern(names, parts[i]);
                    }

                    lemmas.Add(ls);
                    break;
                case 'I':
                    var fields = line.Split('\t');
                    string lemma = Intern(names, fields[0]);
                    for (int f = 1; f < fields.Length; f++)
                    {
                        string field = fields[f];
                        if (field.Length < 3 || field[1] != ':')
                        {
                            throw Bad(lineNumber, "an index field is '<tag>:<id>,<id>...'");
                        }

                        var idText = field[2..].Split(',');
                        var ids = new int[idText.Length];
                        for (int k = 0; k < ids.Length; k++)
                        {
                            if (!int.TryParse(idText[k], NumberStyles.None, CultureInfo.InvariantCulture, out ids[k]) || ids[k] >= lemmas.Count)
                            {
                                throw Bad(lineNumber, $"synset id '{idText[k]}' is not a synset");
                            }
                        }

                        index[WordNetLexicon.PosIndex(field[0])][lemma] = ids;
                    }

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

    private static string Intern(Dictionary<string, string> names, string s)
    {
        if (names.TryGetValue(s, out var existing))
        {
            return existing;
        }

        names[s] = s;
        return s;
    }

    private static InvalidDataException Bad(int line, string what) => new($"Compact WordNet, line {line}: {what}.");
}
