using System;
using HardwareToken.Core.Screens;

namespace HardwareToken.Emulator.Rendering;

/// <summary>Pixel access to a 1024-byte SSD1306 frame (page-major, bit 0 at the top of each page; docs/screens.md).</summary>
internal static class FramePixels
{
    /// <summary>True when pixel (<paramref name="x"/>, <paramref name="y"/>) is lit.</summary>
    public static bool IsLit(byte[] frame, int x, int y) => ((frame[((y >> 3) * FrameLayout.Width) + x] >> (y & 7)) & 1) != 0;

    /// <summary>Throws unless <paramref name="frame"/> is exactly one frame.</summary>
    public static void Check(byte[] frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Length != FrameLayout.Size)
        {
            throw new ArgumentException($"a frame is {FrameLayout.Size} bytes, not {frame.Length}", nameof(frame));
        }
    }
}
