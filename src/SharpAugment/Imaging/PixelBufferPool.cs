namespace SharpAugment.Imaging;

/// <summary>
/// A bounded per-thread cache of exact-length pixel arrays, so that an augmentation loop which recycles its finished
/// images gets its next output buffer hot in cache instead of a fresh gen-0 or large-object-heap allocation (the
/// same reuse malloc gives OpenCV and Pillow). It holds only released, unowned arrays: no value in it can change what
/// a transform computes, which is why this cache is the one static the library keeps.
/// </summary>
/// <typeparam name="T">The pixel type.</typeparam>
internal static class PixelBufferPool<T>
    where T : unmanaged
{
    /// <summary>Arrays below this many elements are cheap to allocate and not worth caching.</summary>
    internal const int MinLength = 1024;

    /// <summary>At most this many arrays per thread: a whole batch of 64 augmented images plus a pipeline's intermediates.</summary>
    internal const int MaxArrays = 96;

    /// <summary>At most this many bytes per thread; the oldest arrays go first.</summary>
    internal const long MaxBytes = 64L << 20;

    [ThreadStatic]
    private static List<T[]>? _arrays;

    [ThreadStatic]
    private static long _bytes;

    /// <summary>How many arrays this thread holds, for tests.</summary>
    internal static int Count => _arrays?.Count ?? 0;

    /// <summary>An array of exactly <paramref name="length"/> elements with unspecified contents.</summary>
    internal static T[] Rent(int length)
    {
        var arrays = _arrays;
        if (arrays is not null && length >= MinLength)
        {
            // Newest first: the most recently released array of a size is the one most likely still in cache.
            for (int i = arrays.Count - 1; i >= 0; i--)
            {
                var a = arrays[i];
                if (a.Length == length)
                {
                    arrays.RemoveAt(i);
                    _bytes -= Bytes(a);
                    return a;
                }
            }
        }

        return GC.AllocateUninitializedArray<T>(length);
    }

    /// <summary>Keeps an array for a later <see cref="Rent"/> on this thread, dropping the oldest ones over the limits.</summary>
    internal static void Return(T[] array)
    {
        long size = Bytes(array);
        if (array.Length < MinLength || size > MaxBytes)
        {
            return;
        }

        var arrays = _arrays ??= new List<T[]>(MaxArrays);
        arrays.Add(array);
        _bytes += size;
        int drop = 0;
        while (arrays.Count - drop > MaxArrays || _bytes > MaxBytes)
        {
            _bytes -= Bytes(arrays[drop]);
            drop++;
        }

        if (drop > 0)
        {
            arrays.RemoveRange(0, drop);
        }
    }

    private static long Bytes(T[] array) => (long)array.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
}
