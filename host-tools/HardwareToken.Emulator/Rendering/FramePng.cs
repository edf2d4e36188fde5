using System;
using System.IO;
using HardwareToken.Core.Screens;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

namespace HardwareToken.Emulator.Rendering;

/// <summary>
/// Screenshots of the emulated OLED as PNG, written by SixLabors.ImageSharp: 8-bit indexed colour with the three
/// colours of <see cref="Palette"/> and no ancillary chunks, so the file is small and byte-for-byte reproducible.
/// </summary>
/// <remarks>
/// Each panel pixel becomes a <c>scale</c> x <c>scale</c> cell: the top-left (scale-1) x (scale-1) square is the pixel
/// (cyan when lit, dark blue when not) and the last row and column are the darker gap between OLED pixels. Indexed
/// colour gives the OLED look that grayscale cannot.
/// </remarks>
internal static class FramePng
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

    private static readonly Rgb24[] Colours = [Colour(GapIndex), Colour(DarkIndex), Colour(LitIndex)];

    private static readonly PngEncoder Encoder = new()
    {
        ColorType = PngColorType.Palette,
        BitDepth = PngBitDepth.Bit8,
        CompressionLevel = PngCompressionLevel.BestCompression,
        ChunkFilter = PngChunkFilter.ExcludeAll,
        Quantizer = new PaletteQuantizer(
            new Color[] { Color.FromPixel(Colours[0]), Color.FromPixel(Colours[1]), Color.FromPixel(Colours[2]) },
            new QuantizerOptions { Dither = null }),
    };

    /// <summary>A PNG of <paramref name="frame"/> magnified <paramref name="scale"/> times (2..16).</summary>
    public static byte[] Encode(byte[] frame, int scale = DefaultScale)
    {
        FramePixels.Check(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 16);
        int width = FrameLayout.Width * scale;
        int height = FrameLayout.Height * scale;
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < height; y++)
            {
                Span<Rgb24> row = rows.GetRowSpan(y);
                int py = y / scale;
                bool gapRow = y % scale == scale - 1;
                for (int x = 0; x < width; x++)
                {
                    bool gap = gapRow || x % scale == scale - 1;
                    row[x] = Colours[gap ? GapIndex : FramePixels.IsLit(frame, x / scale, py) ? LitIndex : DarkIndex];
                }
            }
        });

        using var png = new MemoryStream();
        image.SaveAsPng(png, Encoder);
        return png.ToArray();
    }

    private static Rgb24 Colour(byte index) => new(Palette[index * 3], Palette[(index * 3) + 1], Palette[(index * 3) + 2]);
}
