using System;
using HardwareToken.Core.Screens;
using HardwareToken.Emulator.Rendering;
using HardwareToken.Emulator.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class PngEncoderTests
{
    [TestMethod]
    public void TheBitwiseCrcCheckerMatchesTheStandardCheckValue()
    {
        Assert.AreEqual(0xCBF43926u, PngReader.BitwiseCrc32("123456789"u8));
    }

    [TestMethod]
    public void AFrameIsSignatureIhdrPlteIdatIendWithCorrectCrcs()
    {
        byte[] png = PngEncoder.EncodeFrame(Frames.Noise(1));
        PngReader image = PngReader.Read(png);
        CollectionAssert.AreEqual(new[] { "IHDR", "PLTE", "IDAT", "IEND" }, image.ChunkTypes);
        Assert.AreEqual(512, image.Width);
        Assert.AreEqual(256, image.Height);
        CollectionAssert.AreEqual(PngEncoder.Palette, image.Palette);

        // Every IEND chunk is the same 12 bytes: length 0, "IEND", CRC AE 42 60 82.
        CollectionAssert.AreEqual(
            new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 },
            png[^12..]);
    }

    [TestMethod]
    public void EveryPixelDecodesBackToTheFrame()
    {
        byte[] frame = Frames.Noise(0xC0FFEE);
        PngReader image = PngReader.Read(PngEncoder.EncodeFrame(frame));
        int lit = 0;
        for (int y = 0; y < FrameLayout.Height; y++)
        {
            for (int x = 0; x < FrameLayout.Width; x++)
            {
                bool on = (frame[((y >> 3) * 128) + x] >> (y & 7) & 1) != 0;
                byte expected = on ? PngEncoder.LitIndex : PngEncoder.DarkIndex;
                for (int dy = 0; dy < 3; dy++)
                {
                    for (int dx = 0; dx < 3; dx++)
                    {
                        Assert.AreEqual(expected, image.At((x * 4) + dx, (y * 4) + dy), $"pixel ({x},{y})");
                    }
                }

                Assert.AreEqual(PngEncoder.GapIndex, image.At((x * 4) + 3, y * 4), "the gap column");
                Assert.AreEqual(PngEncoder.GapIndex, image.At(x * 4, (y * 4) + 3), "the gap row");
                lit += on ? 1 : 0;
            }
        }

        Assert.IsTrue(lit is > 3000 and < 5200, "the noise frame is about half lit: " + lit);
    }

    [TestMethod]
    public void ABlankFrameIsDarkAndCompressesWell()
    {
        byte[] png = PngEncoder.EncodeFrame(Frames.Blank());
        PngReader image = PngReader.Read(png);
        Assert.IsFalse(Array.Exists(image.Pixels, p => p == PngEncoder.LitIndex));
        Assert.IsTrue(png.Length < 4000, "a blank 512x256 screenshot is small: " + png.Length);
    }

    [TestMethod]
    public void TheScaleSetsTheSize()
    {
        PngReader image = PngReader.Read(PngEncoder.EncodeFrame(Frames.Noise(3), scale: 2));
        Assert.AreEqual(256, image.Width);
        Assert.AreEqual(128, image.Height);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => PngEncoder.EncodeFrame(Frames.Blank(), 1));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => PngEncoder.EncodeFrame(Frames.Blank(), 17));
    }

    [TestMethod]
    public void AnIndexedImageRoundTrips()
    {
        byte[] palette = [0, 0, 0, 255, 255, 255, 255, 0, 0];
        byte[] pixels = [0, 1, 2, 2, 1, 0];
        PngReader image = PngReader.Read(PngEncoder.EncodeIndexed(3, 2, palette, pixels));
        Assert.AreEqual(3, image.Width);
        Assert.AreEqual(2, image.Height);
        CollectionAssert.AreEqual(pixels, image.Pixels);
        CollectionAssert.AreEqual(palette, image.Palette);
    }

    [TestMethod]
    public void BadInputIsRefused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => PngEncoder.EncodeFrame(new byte[1023]));
        Assert.ThrowsExactly<ArgumentException>(() => PngEncoder.EncodeIndexed(2, 1, [0, 0, 0], [0, 1]), "index outside the palette");
        Assert.ThrowsExactly<ArgumentException>(() => PngEncoder.EncodeIndexed(2, 1, [0, 0], [0, 0]), "palette not RGB triples");
        Assert.ThrowsExactly<ArgumentException>(() => PngEncoder.EncodeIndexed(2, 2, [0, 0, 0], [0, 0]), "too few pixels");
    }
}
