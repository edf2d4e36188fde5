using System;
using HardwareToken.Core.Screens;
using HardwareToken.Emulator.Rendering;
using HardwareToken.Emulator.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class FramePngTests
{
    [TestMethod]
    public void TheBitwiseCrcCheckerMatchesTheStandardCheckValue()
    {
        Assert.AreEqual(0xCBF43926u, PngReader.BitwiseCrc32("123456789"u8));
    }

    [TestMethod]
    public void AFrameIsSignatureIhdrPlteIdatIendWithCorrectCrcs()
    {
        byte[] png = FramePng.Encode(Frames.Noise(1));
        PngReader image = PngReader.Read(png);
        CollectionAssert.AreEqual(new[] { "IHDR", "PLTE", "IDAT", "IEND" }, image.ChunkTypes);
        Assert.AreEqual(512, image.Width);
        Assert.AreEqual(256, image.Height);
        CollectionAssert.AreEqual(FramePng.Palette, image.Palette);

        // Every IEND chunk is the same 12 bytes: length 0, "IEND", CRC AE 42 60 82.
        CollectionAssert.AreEqual(
            new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 },
            png[^12..]);
    }

    [TestMethod]
    public void EveryPixelDecodesBackToTheFrame()
    {
        byte[] frame = Frames.Noise(0xC0FFEE);
        PngReader image = PngReader.Read(FramePng.Encode(frame));
        int lit = 0;
        for (int y = 0; y < FrameLayout.Height; y++)
        {
            for (int x = 0; x < FrameLayout.Width; x++)
            {
                bool on = (frame[((y >> 3) * 128) + x] >> (y & 7) & 1) != 0;
                byte expected = on ? FramePng.LitIndex : FramePng.DarkIndex;
                for (int dy = 0; dy < 3; dy++)
                {
                    for (int dx = 0; dx < 3; dx++)
                    {
                        Assert.AreEqual(expected, image.At((x * 4) + dx, (y * 4) + dy), $"pixel ({x},{y})");
                    }
                }

                Assert.AreEqual(FramePng.GapIndex, image.At((x * 4) + 3, y * 4), "the gap column");
                Assert.AreEqual(FramePng.GapIndex, image.At(x * 4, (y * 4) + 3), "the gap row");
                lit += on ? 1 : 0;
            }
        }

        Assert.IsTrue(lit is > 3000 and < 5200, "the noise frame is about half lit: " + lit);
    }

    [TestMethod]
    public void ABlankFrameIsDarkAndCompressesWell()
    {
        byte[] png = FramePng.Encode(Frames.Blank());
        PngReader image = PngReader.Read(png);
        Assert.IsFalse(Array.Exists(image.Pixels, p => p == FramePng.LitIndex));
        Assert.IsTrue(png.Length < 4000, "a blank 512x256 screenshot is small: " + png.Length);
    }

    [TestMethod]
    public void TheScaleSetsTheSize()
    {
        PngReader image = PngReader.Read(FramePng.Encode(Frames.Noise(3), scale: 2));
        Assert.AreEqual(256, image.Width);
        Assert.AreEqual(128, image.Height);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => FramePng.Encode(Frames.Blank(), 1));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => FramePng.Encode(Frames.Blank(), 17));
    }

    [TestMethod]
    public void TheSameFrameGivesTheSameBytes()
    {
        // docs/code-screen.png is regenerated from the emulator: no timestamps or other varying chunks.
        CollectionAssert.AreEqual(FramePng.Encode(Frames.Noise(5)), FramePng.Encode(Frames.Noise(5)));
    }

    [TestMethod]
    public void BadInputIsRefused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => FramePng.Encode(new byte[1023]));
    }
}
