using System.IO.Compression;
using SharpAugment.Imaging;

namespace SharpAugment.Evaluation;

/// <summary>Reads the UCI handwritten digits (scikit-learn's 1,797 images of 8x8 pixels, CC BY 4.0) from the compact file samples/digits/digits.u8.gz.</summary>
public static class DigitsData
{
    /// <summary>Bytes per record: the label, then 64 gray pixels row by row.</summary>
    private const int RecordLength = 65;

    /// <summary>The file's path in a checkout, found by walking up from <paramref name="start"/> (the current directory when null) to the folder holding samples/digits.</summary>
    public static string FindSample(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples", "digits", "digits.u8.gz");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/digits/digits.u8.gz not found above the current directory; run from a SharpAugment checkout.");
    }

    /// <summary>Loads every digit as an 8x8 gray image with classes "0".."9" (tools/make_digits.py writes the file).</summary>
    public static LabelledImages Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Length == 0 || bytes.Length % RecordLength != 0)
        {
            throw new InvalidDataException($"{path}: {bytes.Length} bytes is not a whole number of {RecordLength}-byte digit records.");
        }

        int n = bytes.Length / RecordLength;
        var images = new Image<byte>[n];
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            var record = bytes.Slice(i * RecordLength, RecordLength);
            labels[i] = record[0] <= 9 ? record[0] : throw new InvalidDataException($"{path}: record {i} has label {record[0]}, not a digit.");
            images[i] = new Image<byte>(8, 8, 1, record[1..].ToArray());
        }

        return new LabelledImages(images, labels, [.. Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }
}
