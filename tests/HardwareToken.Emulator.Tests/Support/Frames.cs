using HardwareToken.Core.Screens;

namespace HardwareToken.Emulator.Tests.Support;

/// <summary>Frames for the renderer tests.</summary>
internal static class Frames
{
    public static byte[] Blank() => new byte[FrameLayout.Size];

    public static void Light(byte[] frame, int x, int y) => frame[((y >> 3) * FrameLayout.Width) + x] |= (byte)(1 << (y & 7));

    /// <summary>A pseudo-random frame (xorshift), the same for the same seed.</summary>
    public static byte[] Noise(uint seed)
    {
        var frame = new byte[FrameLayout.Size];
        uint s = seed == 0 ? 1u : seed;
        for (int i = 0; i < frame.Length; i++)
        {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            frame[i] = (byte)s;
        }

        return frame;
    }
}
