namespace SharpAugment.Imaging;

/// <summary>A rectangle of whole pixels: the part of an image a transform reads, so a deferred source can produce just that.</summary>
/// <param name="X">Left column.</param>
/// <param name="Y">Top row.</param>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
public readonly record struct PixelWindow(int X, int Y, int Width, int Height);
