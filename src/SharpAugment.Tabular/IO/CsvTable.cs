using System.Text;
using CsvHelper;

namespace SharpAugment.Tabular.IO;

/// <summary>
/// A CSV file as read: the header, every record's fields, and every record's raw bytes and line, so that original
/// rows can be written back byte for byte (only the line ending is the file's own, LF or CRLF).
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string[] header, byte[] rawHeader, List<string[]> rows, List<byte[]> rawRows, List<long> lines, string newLine)
    {
        Header = header;
        RawHeader = rawHeader;
        Rows = rows;
        RawRows = rawRows;
        LineNumbers = lines;
        NewLine = newLine;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The header record exactly as in the file.</summary>
    public byte[] RawHeader { get; }

    /// <summary>The fields of each data record.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Each data record exactly as in the file, without its line break.</summary>
    public IReadOnlyList<byte[]> RawRows { get; }

    /// <summary>The 1-based line where each data record starts.</summary>
    public IReadOnlyList<long> LineNumbers { get; }

    /// <summary>The file's line ending ("\r\n" if its first line ends so, else "\n").</summary>
    public string NewLine { get; }

    /// <summary>Reads a comma-separated UTF-8 file with a header row.</summary>
    public static CsvTable Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int firstBreak = Array.IndexOf(bytes, (byte)'\n');
        string newLine = firstBreak > 0 && bytes[firstBreak - 1] == (byte)'\r' ? "\r\n" : "\n";
        var options = new CsvReaderOptions { Separator = ',', TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw, SkipEmptyLines = true };
        using var reader = CsvReader.Create(bytes, options);
        var rows = new List<string[]>();
        var raw = new List<byte[]>();
        var lines = new List<long>();
        byte[] rawHeader = [];
        string[] header = [];
        bool first = true;
        while (reader.Read())
        {
            if (first)
            {
                header = [.. reader.Headers];
                rawHeader = HeaderBytes(bytes);
                first = false;
            }

            var fields = new string[reader.FieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            rows.Add(fields);
            raw.Add(reader.RawRecord.ToArray());
            lines.Add(reader.LineNumber);
        }

        if (first)
        {
            header = [.. reader.Headers];
            rawHeader = HeaderBytes(bytes);
        }

        if (header.Length == 0)
        {
            throw new InvalidDataException($"{path}: no header row.");
        }

        return new CsvTable(header, rawHeader, rows, raw, lines, newLine);
    }

    private static byte[] HeaderBytes(byte[] bytes)
    {
        int start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        int end = Array.IndexOf(bytes, (byte)'\n', start);
        if (end < 0)
        {
            end = bytes.Length;
        }

        if (end > start && bytes[end - 1] == (byte)'\r')
        {
            end--;
        }

        return bytes[start..end];
    }

    /// <summary>The header and original records as in the file, followed by <paramref name="extraRows"/> written as RFC 4180 records.</summary>
    public byte[] WriteWith(IEnumerable<string[]> extraRows) => WriteWith(Enumerable.Range(0, RawRows.Count), extraRows);

    /// <summary>The header, the original records <paramref name="rows"/> (0-based, in the order given) as in the file, then <paramref name="extraRows"/>.</summary>
    public byte[] WriteWith(IEnumerable<int> rows, IEnumerable<string[]> extraRows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(extraRows);
        var output = new MemoryStream();
        byte[] newLine = Encoding.ASCII.GetBytes(NewLine);
        output.Write(RawHeader);
        output.Write(newLine);
        foreach (int row in rows)
        {
            output.Write(RawRows[row]);
            output.Write(newLine);
        }

        using (var writer = CsvWriter.Create(output, new CsvWriterOptions { NewLine = NewLine, Injection = CsvInjection.None }, leaveOpen: true))
        {
            foreach (var row in extraRows)
            {
                writer.WriteRecord(row);
            }
        }

        return output.ToArray();
    }
}
