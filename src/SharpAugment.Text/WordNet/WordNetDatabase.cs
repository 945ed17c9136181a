using System.Globalization;
using System.Text;

namespace SharpAugment.Text.WordNet;

/// <summary>Reads a WordNet 3.0 database directory: data.{noun,verb,adj,adv} (synsets at byte offsets), index.* (lemma to
/// synset offsets in sense order) and *.exc (irregular forms). Only lemma names are kept; glosses, pointers and frames are skipped.</summary>
internal static class WordNetDatabase
{
    private static readonly string[] Files = ["noun", "verb", "adj", "adv"];

    public static WordNetLexicon Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"WordNet: directory '{directory}' does not exist.");
        }

        var pos = new List<char>();
        var lemmas = new List<string[]>();
        var index = WordNetLexicon.NewIndex();
        var exceptions = WordNetLexicon.NewExceptions();
        for (int p = 0; p < 4; p++)
        {
            var offsets = ReadData(Path.Combine(directory, "data." + Files[p]), pos, lemmas);
            ReadIndex(Path.Combine(directory, "index." + Files[p]), offsets, index[p]);
            ReadExceptions(Path.Combine(directory, Files[p] + ".exc"), exceptions[p]);
        }

        return new WordNetLexicon([.. pos], [.. lemmas], index, exceptions);
    }

    private static byte[] ReadFile(string path) =>
        File.Exists(path) ? File.ReadAllBytes(path) : throw new FileNotFoundException($"WordNet: '{path}' is missing (a WordNet 3.0 database has data.*, index.* and *.exc files).", path);

    private static Dictionary<long, int> ReadData(string path, List<char> pos, List<string[]> lemmas)
    {
        byte[] bytes = ReadFile(path);
        var offsets = new Dictionary<long, int>();
        int start = 0;
        int lineNumber = 0;
        while (start < bytes.Length)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                end = bytes.Length;
            }

            lineNumber++;
            if (end > start && bytes[start] != (byte)' ')
            {
                // only the first fields are needed: offset lex_filenum ss_type w_cnt (word lex_id){w_cnt}; the pointers,
                // frames and gloss that follow are not decoded
                var line = new ReadOnlySpan<byte>(bytes, start, end - start);
                int at = 0;
                var offsetField = NextField(line, ref at);
                NextField(line, ref at);
                var typeField = NextField(line, ref at);
                var countField = NextField(line, ref at);
                if (!System.Buffers.Text.Utf8Parser.TryParse(offsetField, out long offset, out int used) || used != offsetField.Length || offset != start)
                {
                    throw new InvalidDataException($"WordNet: {path}, line {lineNumber}: the line must start with its own byte offset ({start:00000000}).");
                }

                if (typeField.Length != 1 || !System.Buffers.Text.Utf8Parser.TryParse(countField, out int count, out used, 'x') || used != countField.Length || count < 1)
                {
                    throw new InvalidDataException($"WordNet: {path}, line {lineNumber}: bad synset type or word count.");
                }

                char tag = (char)typeField[0];
                WordNetLexicon.PosIndex(tag);
                var names = new string[count];
                for (int i = 0; i < count; i++)
                {
                    var word = NextField(line, ref at);
                    if (word.IsEmpty || NextField(line, ref at).IsEmpty)
                    {
                        throw new InvalidDataException($"WordNet: {path}, line {lineNumber}: fewer words than the count says.");
                    }

                    names[i] = WordNetLexicon.StripMarker(Encoding.UTF8.GetString(word));
                }

                offsets[offset] = lemmas.Count;
                pos.Add(tag);
                lemmas.Add(names);
            }

            start = end + 1;
        }

        return offsets;
    }

    private static ReadOnlySpan<byte> NextField(ReadOnlySpan<byte> line, ref int at)
    {
        while (at < line.Length && line[at] == (byte)' ')
        {
            at++;
        }

        int start = at;
        while (at < line.Length && line[at] != (byte)' ')
        {
            at++;
        }

        return line[start..at];
    }

    private static void ReadIndex(string path, Dictionary<long, int> offsets, Dictionary<string, int[]> index)
    {
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            if (f.Length < 6 || !int.TryParse(f[2], CultureInfo.InvariantCulture, out int synsets) || synsets < 1
                || !int.TryParse(f[3], CultureInfo.InvariantCulture, out int pointers) || pointers < 0
                || f.Length != 6 + pointers + synsets || f[4 + pointers] != f[2])
            {
                throw new InvalidDataException($"WordNet: {path}, line {lineNumber}: malformed index entry.");
            }

            var ids = new int[synsets];
            for (int i = 0; i < synsets; i++)
            {
                string o = f[6 + pointers + i];
                if (!long.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out long offset) || !offsets.TryGetValue(offset, out ids[i]))
                {
                    throw new InvalidDataException($"WordNet: {path}, line {lineNumber}: offset {o} is not a synset of the data file.");
                }
            }

            index[f[0]] = ids;
        }
    }

    private static void ReadExceptions(string path, Dictionary<string, string[]> exceptions)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"WordNet: '{path}' is missing.", path);
        }

        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 1)
            {
                exceptions[f[0]] = f[1..];
            }
        }
    }
}
