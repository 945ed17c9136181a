using SharpAugment.Imaging;

namespace SharpAugment.Playground.Samples;

/// <summary>The article's 16x16 smiley, drawn by code; it winks and shows its tongue on one side so flips and rotations are visible.</summary>
public static class Smiley
{
    private static readonly string[] Rows =
    [
        "................",
        ".....OOOOOO.....",
        "...OOYYYYYYOO...",
        "..OYYYYYYYYYYO..",
        ".OYYYYYYYYYYYYO.",
        ".OYYKKYYYYYYYYO.",
        "OYYYKKYYYYKKKYYO",
        "OYYYYYYYYYYYYYYO",
        "OYYYYYYYYYYYYYYO",
        "OYYKYYYYYYYYKYYO",
        ".OYYKYYYYYYKYYO.",
        ".OYYYKKKKKKYYYO.",
        "..OYYYYYRRYYYO..",
        "...OOYYYYYYOO...",
        ".....OOOOOO.....",
        "................",
    ];

    /// <summary>The side length in pixels.</summary>
    public const int Size = 16;

    /// <summary>Draws the smiley as a 3-channel image.</summary>
    public static Image<byte> Draw()
    {
        var image = new Image<byte>(Size, Size, 3);
        for (int y = 0; y < Size; y++)
        {
            for (int x = 0; x < Size; x++)
            {
                (byte r, byte g, byte b) = Rows[y][x] switch
                {
                    'O' => ((byte)190, (byte)110, (byte)0),
                    'Y' => ((byte)255, (byte)212, (byte)40),
                    'K' => ((byte)40, (byte)28, (byte)20),
                    'R' => ((byte)220, (byte)50, (byte)70),
                    _ => ((byte)120, (byte)180, (byte)230),
                };
                image[x, y, 0] = r;
                image[x, y, 1] = g;
                image[x, y, 2] = b;
            }
        }

        return image;
    }
}
