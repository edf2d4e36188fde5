using HardwareToken.Emulator.Rendering;
using HardwareToken.Emulator.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class HalfBlockRendererTests
{
    [TestMethod]
    public void AKnownFrameGivesKnownText()
    {
        byte[] frame = Frames.Blank();
        Frames.Light(frame, 0, 0);   // top of row 0
        Frames.Light(frame, 1, 1);   // bottom of row 0
        Frames.Light(frame, 2, 0);   // both
        Frames.Light(frame, 2, 1);
        Frames.Light(frame, 127, 63); // bottom of the last row
        Frames.Light(frame, 5, 8);   // page 1: row 4, top
        Frames.Light(frame, 6, 15);  // page 1, bit 7: row 7, bottom

        string[] rows = HalfBlockRenderer.Render(frame);

        Assert.AreEqual(32, rows.Length);
        Assert.AreEqual("▀▄█" + new string(' ', 125), rows[0]);
        Assert.AreEqual(new string(' ', 5) + "▀" + new string(' ', 122), rows[4]);
        Assert.AreEqual(new string(' ', 6) + "▄" + new string(' ', 121), rows[7]);
        Assert.AreEqual(new string(' ', 127) + "▄", rows[31]);
        for (int r = 0; r < 32; r++)
        {
            Assert.AreEqual(128, rows[r].Length);
            if (r is not (0 or 4 or 7 or 31))
            {
                Assert.AreEqual(new string(' ', 128), rows[r], $"row {r} is dark");
            }
        }
    }

    [TestMethod]
    public void AFullFrameIsAllFullBlocks()
    {
        byte[] frame = new byte[1024];
        System.Array.Fill(frame, (byte)0xFF);
        foreach (string row in HalfBlockRenderer.Render(frame))
        {
            Assert.AreEqual(new string('█', 128), row);
        }
    }

    [TestMethod]
    public void EveryCellDecodesBackToItsTwoPixels()
    {
        byte[] frame = Frames.Noise(42);
        string[] rows = HalfBlockRenderer.Render(frame);
        for (int r = 0; r < 32; r++)
        {
            for (int x = 0; x < 128; x++)
            {
                char c = rows[r][x];
                bool top = c is '▀' or '█';
                bool bottom = c is '▄' or '█';
                Assert.IsTrue(c is '▀' or '▄' or '█' or ' ', "only half blocks and spaces");
                Assert.AreEqual(FramePixels.IsLit(frame, x, 2 * r), top, $"({x},{2 * r})");
                Assert.AreEqual(FramePixels.IsLit(frame, x, (2 * r) + 1), bottom, $"({x},{(2 * r) + 1})");
            }
        }
    }
}
