using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests.Support;

/// <summary>
/// A strict reader for the PNGs the emulator writes (8-bit indexed, filter 0), written independently of the
/// encoder: its own bitwise CRC-32, chunk walk and inflate through <see cref="ZLibStream"/>.
/// </summary>
internal sealed class PngReader
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public List<string> ChunkTypes { get; } = [];

    public int Width { get; private set; }

    public int Height { get; private set; }

    public int BitDepth { get; private set; }

    public int ColourType { get; private set; }

    public byte[] Palette { get; private set; } = [];

    /// <summary>Palette indexes, row by row.</summary>
    public byte[] Pixels { get; private set; } = [];

    public static PngReader Read(byte[] png)
    {
        var reader = new PngReader();
        CollectionAssert.AreEqual(Signature, png[..8], "PNG signature");
        int p = 8;
        var idat = new MemoryStream();
        while (p < png.Length)
        {
            int length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(p)));
            string type = Encoding.ASCII.GetString(png, p + 4, 4);
            byte[] data = png[(p + 8)..(p + 8 + length)];
            uint stored = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(p + 8 + length));
            Assert.AreEqual(BitwiseCrc32(png.AsSpan(p + 4, 4 + length)), stored, $"CRC of chunk {type}");
            reader.ChunkTypes.Add(type);
            switch (type)
            {
                case "IHDR":
                    Assert.AreEqual(13, length);
                    reader.Width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                    reader.Height = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(4));
                    reader.BitDepth = data[8];
                    reader.ColourType = data[9];
                    Assert.AreEqual(0, data[10], "compression method");
                    Assert.AreEqual(0, data[11], "filter method");
                    Assert.AreEqual(0, data[12], "interlace");
                    break;
                case "PLTE":
                    reader.Palette = data;
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    Assert.AreEqual(0, length);
                    break;
            }

            p += 12 + length;
        }

        Assert.AreEqual(png.Length, p, "no bytes after the last chunk");
        Assert.AreEqual(8, reader.BitDepth);
        Assert.AreEqual(3, reader.ColourType);
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new MemoryStream();
        zlib.CopyTo(raw);
        byte[] scanlines = raw.ToArray();
        Assert.AreEqual(reader.Height * (reader.Width + 1), scanlines.Length, "inflated size");
        reader.Pixels = new byte[reader.Width * reader.Height];
        for (int y = 0; y < reader.Height; y++)
        {
            int line = y * (reader.Width + 1);
            Assert.AreEqual(0, scanlines[line], $"filter type of row {y}");
            Array.Copy(scanlines, line + 1, reader.Pixels, y * reader.Width, reader.Width);
        }

        return reader;
    }

    public byte At(int x, int y) => Pixels[(y * Width) + x];

    /// <summary>CRC-32 (ISO 3309 / PNG), bit by bit, straight from the PNG specification's definition.</summary>
    public static uint BitwiseCrc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
