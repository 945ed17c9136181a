namespace SharpAugment.Demos.Overfitting;

/// <summary>
/// The square [-Extent, Extent]^2 cut into Resolution x Resolution cells; cell (row, column) is centred at
/// x = -Extent + (column + 0.5) x step, y = Extent - (row + 0.5) x step, so row 0 is the top of a picture.
/// </summary>
/// <param name="Resolution">Cells per side.</param>
/// <param name="Extent">Half the side, in plane units.</param>
public sealed record PlaneGrid(int Resolution, double Extent)
{
    /// <summary>The side of one cell.</summary>
    public double CellSize => 2 * Extent / Resolution;

    /// <summary>The plane x of a column's centre.</summary>
    public double X(int column) => -Extent + (column + 0.5) * CellSize;

    /// <summary>The plane y of a row's centre.</summary>
    public double Y(int row) => Extent - (row + 0.5) * CellSize;

    /// <summary>Every cell centre as (x, y) rows, row-major from the top-left cell.</summary>
    public float[] Centers()
    {
        var result = new float[Resolution * Resolution * 2];
        for (int row = 0; row < Resolution; row++)
        {
            for (int column = 0; column < Resolution; column++)
            {
                int i = (row * Resolution + column) * 2;
                result[i] = (float)X(column);
                result[i + 1] = (float)Y(row);
            }
        }

        return result;
    }
}
