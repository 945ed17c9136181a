using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SharpAugment.Audio.IO;

/// <summary>Writes and reads NumPy .npy arrays of little-endian float32 (C order), the format torchaudio users load with <c>numpy.load</c>.</summary>
public static class NpyFile
{
    /// <summary>Encodes a float32 array of the given shape as .npy (version 1.0) bytes.</summary>
    public static byte[] Encode(ReadOnlySpan<float> values, ReadOnlySpan<int> shape)
    {
        long count = 1;
        foreach (int d in shape)
        {
            count *= d;
        }

        if (count != values.Length)
        {
            throw new ArgumentException($"NpyFile.Encode: {values.Length} values do not fill the shape ({string.Join(", ", shape.ToArray())}).", nameof(shape));
        }

        var sb = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.Length; i++)
        {
            sb.Append(shape[i].ToString(CultureInfo.InvariantCulture)).Append(shape.Length == 1 || i < shape.Length - 1 ? "," : string.Empty);
            if (i < shape.Length - 1)
            {
                sb.Append(' ');
            }
        }

        sb.Append("), }");
        int headerLength = sb.Length + 1;
        int padded = (10 + headerLength + 63) / 64 * 64;
        sb.Append(' ', padded - 10 - headerLength).Append('\n');
        var header = Encoding.ASCII.GetBytes(sb.ToString());
        var bytes = new byte[10 + header.Length + (values.Length * 4L)];
        bytes[0] = 0x93;
        "NUMPY"u8.CopyTo(bytes.AsSpan(1));
        bytes[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)header.Length);
        header.CopyTo(bytes, 10);
        var data = bytes.AsSpan(10 + header.Length);
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(data[(i * 4)..], values[i]);
        }

        return bytes;
    }

    /// <summary>Decodes a .npy array of float32 or float64 (C order, little-endian) into floats and its shape.</summary>
    public static (float[] Values, int[] Shape) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 10 || bytes[0] != 0x93 || !bytes.Slice(1, 5).SequenceEqual("NUMPY"u8))
        {
            throw new InvalidDataException("not a .npy file: bad magic.");
        }

        int major = bytes[6];
        int headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]) : (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]);
        int start = major == 1 ? 10 : 12;
        if (start + headerLength > bytes.Length)
        {
            throw new InvalidDataException("truncated .npy header.");
        }

        string header = Encoding.ASCII.GetString(bytes.Slice(start, headerLength));
        bool f8 = header.Contains("'<f8'", StringComparison.Ordinal);
        if (!f8 && !header.Contains("'<f4'", StringComparison.Ordinal))
        {
            throw new InvalidDataException($".npy dtype is not little-endian float32/float64: {header.Trim()}");
        }

        if (header.Contains("'fortran_order': True", StringComparison.Ordinal))
        {
            throw new InvalidDataException(".npy in Fortran order is not supported.");
        }

        int open = header.IndexOf('(', StringComparison.Ordinal), close = header.IndexOf(')', StringComparison.Ordinal);
        var shape = header[(open + 1)..close].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        long count = 1;
        foreach (int d in shape)
        {
            count *= d;
        }

        int size = f8 ? 8 : 4;
        var data = bytes[(start + headerLength)..];
        if (data.Length < count * size)
        {
            throw new InvalidDataException($"truncated .npy data: {data.Length} bytes for {count} values.");
        }

        var values = new float[count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = f8 ? (float)BinaryPrimitives.ReadDoubleLittleEndian(data[(i * 8)..]) : BinaryPrimitives.ReadSingleLittleEndian(data[(i * 4)..]);
        }

        return (values, shape);
    }
}
