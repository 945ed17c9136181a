namespace SharpAugment.Bench;

/// <summary>The figures of one benchmarked operation.</summary>
/// <param name="ImagesPerSecond">Calls completed per wall-clock second, over every thread.</param>
/// <param name="AllocatedBytesPerImage">Managed bytes allocated per call (GC.GetAllocatedBytesForCurrentThread, summed over threads).</param>
/// <param name="Calls">Timed calls.</param>
/// <param name="Seconds">Timed seconds.</param>
public sealed record BenchMeasurement(double ImagesPerSecond, double AllocatedBytesPerImage, long Calls, double Seconds);
