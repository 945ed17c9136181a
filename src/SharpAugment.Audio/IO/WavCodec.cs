using System.Buffers.Binary;

namespace SharpAugment.Audio.IO;

/// <summary>Reads and writes RIFF/WAVE files: integer PCM 8/16/24/32-bit and IEEE float 32/64, any channel count, plain or WAVE_FORMAT_EXTENSIBLE.</summary>
public static class WavCodec
{
    /// <summary>The largest data chunk accepted (1 GiB), checked before allocating.</summary>
    public const long MaxDataBytes = 1L << 30;

    private const ushort FormatPcm = 1;
    private const ushort FormatFloat = 3;
    private const ushort FormatExtensible = 0xFFFE;

    // The tail of KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT after the 2-byte format code.
    private static ReadOnlySpan<byte> SubFormatTail => [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    /// <summary>Reads a WAV file.</summary>
    public static AudioClip Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"WAV file not found: {path}", path);
        }

        if (info.Length > MaxDataBytes + 4096)
        {
            throw new InvalidDataException($"{path}: {info.Length} bytes is larger than the {MaxDataBytes}-byte limit for WAV files.");
        }

        try
        {
            return Decode(File.ReadAllBytes(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Decodes WAV bytes; a truncated or unsupported file raises <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static AudioClip Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 12 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException("not a WAV file: it does not start with RIFF....WAVE.");
        }

        int pos = 12;
        int channels = 0, sampleRate = 0, bits = 0, blockAlign = 0;
        ushort code = 0;
        bool haveFormat = false;
        while (pos + 8 <= bytes.Length)
        {
            var id = bytes.Slice(pos, 4);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(pos + 4, 4));
            int body = pos + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || body + size > bytes.Length)
                {
                    throw new InvalidDataException($"truncated or malformed fmt chunk ({size} bytes declared, {bytes.Length - body} present).");
                }

                var fmt = bytes.Slice(body, (int)size);
                code = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
                sampleRate = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]));
                blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(fmt[12..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
                if (code == FormatExtensible)
                {
                    if (size < 40 || !fmt.Slice(26, 14).SequenceEqual(SubFormatTail))
                    {
                        throw new InvalidDataException("unsupported WAVE_FORMAT_EXTENSIBLE sub-format: only PCM and IEEE float are supported.");
                    }

                    code = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]);
                }

                haveFormat = true;
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (!haveFormat)
                {
                    throw new InvalidDataException("the data chunk comes before the fmt chunk.");
                }

                var format = ToFormat(code, bits);
                if (channels < 1 || channels > AudioClip.MaxChannels)
                {
                    throw new InvalidDataException($"{channels} channels is unsupported; allowed: [1, {AudioClip.MaxChannels}].");
                }

                if (sampleRate < 1)
                {
                    throw new InvalidDataException($"sample rate {sampleRate} is invalid.");
                }

                int bytesPerSample = bits / 8;
                if (blockAlign != bytesPerSample * channels)
                {
                    throw new InvalidDataException($"block align {blockAlign} does not equal {channels} channels x {bytesPerSample} bytes.");
                }

                if (size > MaxDataBytes)
                {
                    throw new InvalidDataException($"data chunk of {size} bytes exceeds the {MaxDataBytes}-byte limit.");
                }

                if (body + size > bytes.Length)
                {
                    throw new InvalidDataException($"truncated file: the data chunk declares {size} bytes but only {bytes.Length - body} are present.");
                }

                int frames = (int)(size / blockAlign);
                return new AudioClip(DecodeSamples(bytes.Slice(body, frames * blockAlign), format, channels, frames), channels, sampleRate, format);
            }

            pos = (int)Math.Min(int.MaxValue, body + size + (size & 1));
        }

        throw new InvalidDataException(haveFormat ? "truncated file: no data chunk." : "truncated file: no fmt chunk.");
    }

    private static WavSampleFormat ToFormat(ushort code, int bits) => (code, bits) switch
    {
        (FormatPcm, 8) => WavSampleFormat.Pcm8,
        (FormatPcm, 16) => WavSampleFormat.Pcm16,
        (FormatPcm, 24) => WavSampleFormat.Pcm24,
        (FormatPcm, 32) => WavSampleFormat.Pcm32,
        (FormatFloat, 32) => WavSampleFormat.Float32,
        (FormatFloat, 64) => WavSampleFormat.Float64,
        _ => throw new InvalidDataException(
            $"unsupported sample format (format code {code}, {bits} bits); supported: PCM 8/16/24/32-bit and IEEE float 32/64-bit."),
    };

    /// <summary>The bytes per sample of a format.</summary>
    public static int BytesPerSample(WavSampleFormat format) => format switch
    {
        WavSampleFormat.Pcm8 => 1,
        WavSampleFormat.Pcm16 => 2,
        WavSampleFormat.Pcm24 => 3,
        WavSampleFormat.Pcm32 or WavSampleFormat.Float32 => 4,
        WavSampleFormat.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown WAV sample format"),
    };

    private static float[] DecodeSamples(ReadOnlySpan<byte> data, WavSampleFormat format, int channels, int frames)
    {
        var result = new float[(long)channels * frames];
        int bps = BytesPerSample(format);
        for (int c = 0; c < channels; c++)
        {
            var dst = result.AsSpan(c * frames, frames);
            int offset = c * bps, step = channels * bps;
            switch (format)
            {
                case WavSampleFormat.Pcm8:
                    for (int i = 0; i < frames; i++, offset += step)
                    {
                        dst[i] = (data[offset] - 128) / 128f;
                    }

                    break;
                case WavSampleFormat.Pcm16:
                    for (int i = 0; i < frames; i++, offset += step)
                    {
                        dst[i] = BinaryPrimitives.ReadInt16LittleEndian(data[offset..]) / 32768f;
                    }

                    break;
                case WavSampleFormat.Pcm24:
                    for (int i = 0; i < frames; i++, offset += step)
                    {
                        int v = data[offset] | (data[offset + 1] << 8) | ((sbyte)data[offset + 2] << 16);
                        dst[i] = v / 8388608f;
                    }

                    break;
                case WavSampleFormat.Pcm32:
                    for (int i = 0; i < frames; i++, offset += step)
                    {
                        dst[i] = (float)(BinaryPrimitives.ReadInt32LittleEndian(data[offset..]) / 2147483648.0);
                    }

                    break;
                case WavSampleFormat.Float32:
                    for (int i = 0; i < frames; i++, offset += step)
                    {
                        dst[i] = BinaryPrimitives.ReadSingleLittleEndian(data[offset..]);
                    }

                    break;
                default:
                    for (int i = 0; i < frames; i++, offset += step)
                    {
                        dst[i] = (float)BinaryPrimitives.ReadDoubleLittleEndian(data[offset..]);
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>Encodes a clip as WAV bytes in <paramref name="format"/> (default: the clip's own format); integer formats round to the nearest step and saturate at full scale.</summary>
    public static byte[] Encode(AudioClip clip, WavSampleFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var f = format ?? clip.Format;
        int bps = BytesPerSample(f);
        long dataBytes = (long)clip.Length * clip.Channels * bps;
        if (dataBytes > MaxDataBytes)
        {
            throw new ArgumentException($"WavCodec.Encode: {dataBytes} bytes of samples exceed the {MaxDataBytes}-byte limit.", nameof(clip));
        }

        bool isFloat = f is WavSampleFormat.Float32 or WavSampleFormat.Float64;
        bool extensible = clip.Channels > 2 || f is WavSampleFormat.Pcm24 or WavSampleFormat.Pcm32;
        int fmtSize = extensible ? 40 : (isFloat ? 18 : 16);
        int factSize = isFloat ? 12 : 0;
        int pad = (int)(dataBytes & 1);
        long total = 12 + 8 + fmtSize + factSize + 8 + dataBytes + pad;
        var bytes = new byte[total];
        var s = bytes.AsSpan();
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], (uint)(total - 8));
        "WAVE"u8.CopyTo(s[8..]);
        "fmt "u8.CopyTo(s[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], (uint)fmtSize);
        var fmt = s.Slice(20, fmtSize);
        ushort code = isFloat ? FormatFloat : FormatPcm;
        BinaryPrimitives.WriteUInt16LittleEndian(fmt, extensible ? FormatExtensible : code);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt[2..], (ushort)clip.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt[4..], (uint)clip.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt[8..], (uint)(clip.SampleRate * clip.Channels * bps));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt[12..], (ushort)(clip.Channels * bps));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt[14..], (ushort)(bps * 8));
        if (extensible)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(fmt[16..], 22);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt[18..], (ushort)(bps * 8));
            uint mask = clip.Channels >= 32 ? uint.MaxValue : (1u << clip.Channels) - 1;
            BinaryPrimitives.WriteUInt32LittleEndian(fmt[20..], mask);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt[24..], code);
            SubFormatTail.CopyTo(fmt[26..]);
        }

        int pos = 20 + fmtSize;
        if (isFloat)
        {
            "fact"u8.CopyTo(s[pos..]);
            BinaryPrimitives.WriteUInt32LittleEndian(s[(pos + 4)..], 4);
            BinaryPrimitives.WriteUInt32LittleEndian(s[(pos + 8)..], (uint)clip.Length);
            pos += 12;
        }

        "data"u8.CopyTo(s[pos..]);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(pos + 4)..], (uint)dataBytes);
        EncodeSamples(clip, f, s.Slice(pos + 8, (int)dataBytes));
        return bytes;
    }

    private static void EncodeSamples(AudioClip clip, WavSampleFormat format, Span<byte> data)
    {
        int bps = BytesPerSample(format);
        int step = clip.Channels * bps;
        for (int c = 0; c < clip.Channels; c++)
        {
            ReadOnlySpan<float> src = clip.Channel(c);
            int offset = c * bps;
            for (int i = 0; i < src.Length; i++, offset += step)
            {
                float x = src[i];
                switch (format)
                {
                    case WavSampleFormat.Pcm8:
                        data[offset] = (byte)(Quantize(x, 128.0, 127) + 128);
                        break;
                    case WavSampleFormat.Pcm16:
                        BinaryPrimitives.WriteInt16LittleEndian(data[offset..], (short)Quantize(x, 32768.0, short.MaxValue));
                        break;
                    case WavSampleFormat.Pcm24:
                        int v = (int)Quantize(x, 8388608.0, 8388607);
                        data[offset] = (byte)v;
                        data[offset + 1] = (byte)(v >> 8);
                        data[offset + 2] = (byte)(v >> 16);
                        break;
                    case WavSampleFormat.Pcm32:
                        BinaryPrimitives.WriteInt32LittleEndian(data[offset..], (int)Quantize(x, 2147483648.0, int.MaxValue));
                        break;
                    case WavSampleFormat.Float32:
                        BinaryPrimitives.WriteSingleLittleEndian(data[offset..], x);
                        break;
                    default:
                        BinaryPrimitives.WriteDoubleLittleEndian(data[offset..], x);
                        break;
                }
            }
        }
    }

    /// <summary>Scales to integer steps, rounds half away from zero, and saturates to [-scale, max]; NaN becomes 0.</summary>
    internal static long Quantize(float x, double scale, long max)
    {
        if (float.IsNaN(x))
        {
            return 0;
        }

        double v = Math.Round(x * scale, MidpointRounding.AwayFromZero);
        return v >= max ? max : v <= -scale ? (long)-scale : (long)v;
    }

    /// <summary>Writes a clip atomically in <paramref name="format"/> (default: the clip's own format).</summary>
    public static void Save(AudioClip clip, string path, WavSampleFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        SharpAugment.IO.AtomicFile.WriteAllBytes(path, Encode(clip, format));
    }
}
