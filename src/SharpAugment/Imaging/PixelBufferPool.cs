namespace SharpAugment.Imaging;

/// <summary>
/// A small per-thread cache of exact-length pixel arrays, so that an augmentation loop which recycles its finished
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

    /// <summary>Slots per thread: enough for a pipeline's output, its intermediates and a decoded source.</summary>
    private const int Slots = 8;

    [ThreadStatic]
    private static T[]?[]? _slots;

    [ThreadStatic]
    private static int _next;

    /// <summary>An array of exactly <paramref name="length"/> elements with unspecified contents.</summary>
    internal static T[] Rent(int length)
    {
        var slots = _slots;
        if (slots is not null && length >= MinLength)
        {
            for (int i = 0; i < slots.Length; i++)
            {
                var a = slots[i];
                if (a is not null && a.Length == length)
                {
                    slots[i] = null;
                    return a;
                }
            }
        }

        return GC.AllocateUninitializedArray<T>(length);
    }

    /// <summary>Keeps an array for a later <see cref="Rent"/> on this thread; the oldest cached array is dropped when all slots are full.</summary>
    internal static void Return(T[] array)
    {
        if (array.Length < MinLength)
        {
            return;
        }

        var slots = _slots ??= new T[]?[Slots];
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i] is null)
            {
                slots[i] = array;
                return;
            }
        }

        slots[_next] = array;
        _next = (_next + 1) % Slots;
    }
}
