namespace SharpAugment.Transforms.Dropout;

/// <summary>A rectangle to erase, in pixels: columns [X, X+Width) and rows [Y, Y+Height).</summary>
/// <param name="X">Left column.</param>
/// <param name="Y">Top row.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public readonly record struct DropoutHole(int X, int Y, int Width, int Height)
{
    /// <summary>Whether the point lies inside (Albumentations: x1 &lt;= x &lt; x2 and y1 &lt;= y &lt; y2).</summary>
    public bool Contains(float x, float y) => x >= X && x < X + Width && y >= Y && y < Y + Height;
}
