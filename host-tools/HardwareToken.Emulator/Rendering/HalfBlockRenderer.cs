using HardwareToken.Core.Screens;

namespace HardwareToken.Emulator.Rendering;

/// <summary>
/// Draws a 128x64 frame as 32 lines of 128 characters: each character is two pixels stacked, using the Unicode
/// half blocks <see cref="Upper"/> (top lit), <see cref="Lower"/> (bottom lit), <see cref="Full"/> (both) and a
/// space (neither). Terminal cells are about twice as tall as wide, so the picture keeps the panel's proportions.
/// </summary>
internal static class HalfBlockRenderer
{
    /// <summary>Rows of text: half the frame's height.</summary>
    public const int Rows = FrameLayout.Height / 2;

    /// <summary>Top pixel lit, bottom dark.</summary>
    public const char Upper = '\u2580';

    /// <summary>Bottom pixel lit, top dark.</summary>
    public const char Lower = '\u2584';

    /// <summary>Both pixels lit.</summary>
    public const char Full = '\u2588';

    /// <summary>Neither pixel lit.</summary>
    public const char Empty = ' ';

    /// <summary>The frame as <see cref="Rows"/> strings of 128 characters, top first.</summary>
    public static string[] Render(byte[] frame)
    {
        FramePixels.Check(frame);
        var lines = new string[Rows];
        var row = new char[FrameLayout.Width];
        for (int r = 0; r < Rows; r++)
        {
            for (int x = 0; x < FrameLayout.Width; x++)
            {
                bool top = FramePixels.IsLit(frame, x, 2 * r);
                bool bottom = FramePixels.IsLit(frame, x, (2 * r) + 1);
                row[x] = top ? (bottom ? Full : Upper) : (bottom ? Lower : Empty);
            }

            lines[r] = new string(row);
        }

        return lines;
    }
}
