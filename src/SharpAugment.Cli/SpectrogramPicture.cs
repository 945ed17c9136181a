using SharpAugment.Audio;
using SharpAugment.Imaging;

namespace SharpAugment.Cli;

/// <summary>Renders a decibel spectrogram as an RGB picture: channels stacked top to bottom, low frequencies at the bottom, a dark-to-bright colour ramp over the top 80 dB.</summary>
internal static class SpectrogramPicture
{
    // Stops of a perceptually ordered black-purple-orange-yellow ramp (inferno-like), at 0, 0.25, 0.5, 0.75, 1.
    private static readonly byte[,] Stops =
    {
        { 0, 0, 4 }, { 87, 16, 110 }, { 188, 55, 84 }, { 249, 142, 9 }, { 252, 255, 164 },
    };

    /// <summary>The picture, each cell drawn as scale x scale pixels; values span [max - range, max] dB.</summary>
    public static Image<byte> Render(Spectrogram db, int scale, double range = 80)
    {
        float max = float.NegativeInfinity;
        foreach (float v in db.Values)
        {
            max = Math.Max(max, v);
        }

        int width = Math.Max(1, db.Frames) * scale, height = db.Channels * db.Bins * scale;
        var image = new Image<byte>(width, height, 3);
        for (int c = 0; c < db.Channels; c++)
        {
            for (int b = 0; b < db.Bins; b++)
            {
                int top = ((c * db.Bins) + (db.Bins - 1 - b)) * scale;
                for (int t = 0; t < db.Frames; t++)
                {
                    double u = Math.Clamp((db[c, b, t] - (max - range)) / range, 0, 1) * 4;
                    int i = Math.Min((int)u, 3);
                    double f = u - i;
                    for (int dy = 0; dy < scale; dy++)
                    {
                        var row = image.Row(top + dy);
                        for (int dx = 0; dx < scale; dx++)
                        {
                            int x = ((t * scale) + dx) * 3;
                            for (int k = 0; k < 3; k++)
                            {
                                row[x + k] = (byte)Math.Round(Stops[i, k] + ((Stops[i + 1, k] - Stops[i, k]) * f));
                            }
                        }
                    }
                }
            }
        }

        return image;
    }
}
