using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Screens;

namespace HardwareToken.Emulator.Rendering;

/// <summary>
/// A minimal PNG writer (ISO/IEC 15948) for screenshots of the emulated OLED: 8-bit indexed colour, one IDAT
/// chunk compressed with <see cref="ZLibStream"/>, filter type 0 on every scanline, CRC-32 on every chunk.
/// </summary>
/// <remarks>
/// <see cref="EncodeFrame"/> scales each panel pixel to a <c>scale</c> x <c>scale</c> cell: the top-left
/// (scale-1) x (scale-1) square is the pixel (cyan when lit, dark blue when not) and the last row and column are
/// the darker gap between OLED pixels. Indexed colour keeps the file small and gives the OLED look that
/// grayscale cannot.
/// </remarks>
internal static class PngEncoder
{
    /// <summary>Default magnification.</summary>
    public const int DefaultScale = 4;

    /// <summary>Palette index of the gap between pixels.</summary>
    public const byte GapIndex = 0;

    /// <summary>Palette index of a dark pixel.</summary>
    public const byte DarkIndex = 1;

    /// <summary>Palette index of a lit pixel.</summary>
    public const byte LitIndex = 2;

    /// <summary>RGB triples for <see cref="GapIndex"/>, <see cref="DarkIndex"/>, <see cref="LitIndex"/>.</summary>
    public static readonly byte[] Palette =
    [
        0x03, 0x07, 0x12, // gap: near black, blue tint
        0x0A, 0x16, 0x33, // dark pixel: deep blue
        0x5C, 0xE6, 0xFF, // lit pixel: cyan
    ];

    /// <summary>The eight bytes every PNG starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG of <paramref name="frame"/> magnified <paramref name="scale"/> times (2..16).</summary>
    public static byte[] EncodeFrame(byte[] frame, int scale = DefaultScale)
    {
        FramePixels.Check(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 16);
        int width = FrameLayout.Width * scale;
        int height = FrameLayout.Height * scale;
        var pixels = new byte[width * height];
        for (int y = 0; y < height; y++)
        {
            int py = y / scale;
            bool gapRow = y % scale == scale - 1;
            for (int x = 0; x < width; x++)
            {
                int px = x / scale;
                bool gap = gapRow || x % scale == scale - 1;
                pixels[(y * width) + x] = gap ? GapIndex : FramePixels.IsLit(frame, px, py) ? LitIndex : DarkIndex;
            }
        }

        return EncodeIndexed(width, height, Palette, pixels);
    }

    /// <summary>
    /// A PNG of an 8-bit indexed image: <paramref name="pixels"/> holds <paramref name="width"/> x
    /// <paramref name="height"/> palette indexes, row by row; <paramref name="palette"/> holds 1..256 RGB triples.
    /// </summary>
    public static byte[] EncodeIndexed(int width, int height, ReadOnlySpan<byte> palette, ReadOnlySpan<byte> pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (palette.Length == 0 || palette.Length % 3 != 0 || palette.Length > 256 * 3)
        {
            throw new ArgumentException("the palette is 1..256 RGB triples", nameof(palette));
        }

        if (pixels.Length != width * height)
        {
            throw new ArgumentException("one index per pixel", nameof(pixels));
        }

        int colours = palette.Length / 3;
        foreach (byte index in pixels)
        {
            if (index >= colours)
            {
                throw new ArgumentException($"index {index} is outside the {colours}-colour palette", nameof(pixels));
            }
        }

        using var png = new MemoryStream();
        png.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header[4..], (uint)height);
        header[8] = 8;  // bit depth
        header[9] = 3;  // colour type: indexed
        header[10] = 0; // compression: deflate
        header[11] = 0; // filter method 0
        header[12] = 0; // no interlace
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "PLTE", palette);

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (int y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // filter type None
                zlib.Write(pixels.Slice(y * width, width));
            }
        }

        WriteChunk(png, "IDAT", compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        byte[] typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData.AsSpan(4));
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        png.Write(word);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(typeAndData, 0, typeAndData.Length));
        png.Write(word);
    }
}
