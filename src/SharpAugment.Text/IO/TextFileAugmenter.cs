using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Text.IO;

/// <summary>
/// Augments a whole data set file: for each input record, in input order, its augmented sentences and then the original, all
/// with the record's label (and, for CSV and JSONL, its other fields). Record i draws from Rng.ForSample(seed, 0, line),
/// so the output depends only on the seed and the record's line, never on threads or on other lines.
/// </summary>
public static class TextFileAugmenter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonSerializerOptions JsonOut = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Augments <paramref name="input"/> (the file's bytes) with <paramref name="pipeline"/>.</summary>
    public static TextFileResult Augment(byte[] input, ITransform<TextSample> pipeline, ulong seed, TextFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        return options.Format switch
        {
            TextFileFormat.Csv => AugmentCsv(input, pipeline, seed, options),
            TextFileFormat.Jsonl => AugmentLines(input, pipeline, seed, line => ParseJson(line, options), (sb, rec, s) => WriteJson(sb, rec, s, options)),
            _ => AugmentLines(input, pipeline, seed, ParseTsv, WriteTsv),
        };
    }

    private static TextFileResult AugmentLines(
        byte[] input, ITransform<TextSample> pipeline, ulong seed, Func<string, (TextSample? Sample, object? Row, string? Error)> parse,
        Action<StringBuilder, object?, string> write)
    {
        var errors = new List<TextLineError>();
        var sb = new StringBuilder(input.Length * 4);
        int records = 0, written = 0;
        int start = input.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        long lineNumber = 0;
        while (start < input.Length)
        {
            int end = Array.IndexOf(input, (byte)'\n', start);
            if (end < 0)
            {
                end = input.Length;
            }

            lineNumber++;
            int length = end - start;
            if (length > 0 && input[end - 1] == (byte)'\r')
            {
                length--;
            }

            string line;
            try
            {
                line = StrictUtf8.GetString(input, start, length);
            }
            catch (DecoderFallbackException)
            {
                errors.Add(new TextLineError(lineNumber, "invalid UTF-8"));
                start = end + 1;
                continue;
            }

            start = end + 1;
            if (line.Length == 0)
            {
                continue;
            }

            var (sample, row, error) = parse(line);
            if (sample is null)
            {
                errors.Add(new TextLineError(lineNumber, error ?? "malformed line"));
                continue;
            }

            if (Run(pipeline, sample, seed, lineNumber, errors) is { } outputs)
            {
                records++;
                foreach (string s in outputs)
                {
                    write(sb, row, s);
                    written++;
                }
            }
        }

        return new TextFileResult(Encoding.UTF8.GetBytes(sb.ToString()), errors, records, written);
    }

    private static IReadOnlyList<string>? Run(ITransform<TextSample> pipeline, TextSample sample, ulong seed, long line, List<TextLineError> errors)
    {
        try
        {
            return pipeline.Apply(sample, new AugmentContext(Rng.ForSample(seed, 0, line))).Output();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InvalidDataException or FormatException)
        {
            errors.Add(new TextLineError(line, e.Message));
            return null;
        }
    }

    private static (TextSample?, object?, string?) ParseTsv(string line)
    {
        int tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0)
        {
            return (null, null, "expected label<TAB>sentence, found no tab");
        }

        string label = line[..tab];
        return (new TextSample(line[(tab + 1)..], label), label, null);
    }

    private static void WriteTsv(StringBuilder sb, object? label, string sentence) =>
        sb.Append((string?)label).Append('\t').Append(sentence.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');

    private static (TextSample?, object?, string?) ParseJson(string line, TextFileOptions options)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, null, "invalid JSON: " + e.Message);
        }

        if (node is not JsonObject obj)
        {
            return (null, null, "expected a JSON object");
        }

        if (obj[options.TextColumn] is not JsonValue v || !v.TryGetValue(out string? text))
        {
            return (null, null, $"member '{options.TextColumn}' is missing or not a string");
        }

        string? label = obj[options.LabelColumn] switch
        {
            null => null,
            JsonValue lv when lv.TryGetValue(out string? s) => s,
            var other => other.ToJsonString(),
        };
        return (new TextSample(text, label), obj, null);
    }

    private static void WriteJson(StringBuilder sb, object? row, string sentence, TextFileOptions options)
    {
        var copy = (JsonObject)((JsonObject)row!).DeepClone();
        copy[options.TextColumn] = sentence;
        sb.Append(copy.ToJsonString(JsonOut)).Append('\n');
    }

    private static TextFileResult AugmentCsv(byte[] input, ITransform<TextSample> pipeline, ulong seed, TextFileOptions options)
    {
        var errors = new List<TextLineError>();
        var readerOptions = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = r => errors.Add(new TextLineError(r.LineNumber, "malformed CSV record: " + r.Reason)),
        };
        using var reader = CsvReader.Create(input, readerOptions);
        var headers = reader.Headers.ToArray();
        int textIndex = Array.IndexOf(headers, options.TextColumn);
        if (textIndex < 0)
        {
            throw new InvalidDataException($"text: the CSV header has no column '{options.TextColumn}' (columns: {string.Join(", ", headers)}); choose one with --text-column.");
        }

        int labelIndex = Array.IndexOf(headers, options.LabelColumn);
        using var output = new MemoryStream();
        int records = 0, written = 0;
        using (var writer = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.None }, leaveOpen: true))
        {
            writer.WriteHeader(headers);
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (int i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }

                var sample = new TextSample(fields[textIndex], labelIndex >= 0 ? fields[labelIndex] : null);
                if (Run(pipeline, sample, seed, reader.LineNumber, errors) is not { } outputs)
                {
                    continue;
                }

                records++;
                foreach (string s in outputs)
                {
                    fields[textIndex] = s;
                    writer.WriteRecord(fields);
                    written++;
                }
            }
        }

        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new TextFileResult(output.ToArray(), errors, records, written);
    }
}
