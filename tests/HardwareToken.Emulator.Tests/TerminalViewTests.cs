using HardwareToken.Core.Ports;
using System.Collections.Generic;
using HardwareToken.Core.App;
using HardwareToken.Core.Time;
using HardwareToken.Emulator.Interactive;
using HardwareToken.Emulator.Rendering;
using HardwareToken.Emulator.Runtime;
using HardwareToken.Emulator.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class TerminalViewTests
{
    [TestMethod]
    public void TheViewIsHeaderBorderedPanelStatusAndKeys()
    {
        byte[] frame = Frames.Noise(9);
        IReadOnlyList<string> lines = TerminalView.Compose(frame, on: true, "status", "/dev/pts/7", color: false);
        Assert.AreEqual(2 + 1 + 32 + 1 + 2, lines.Count);
        StringAssert.Contains(lines[0], "serial port: /dev/pts/7");
        Assert.AreEqual("provision it from another terminal: hwtoken provision --port /dev/pts/7", lines[1]);
        Assert.AreEqual("┌" + new string('─', 128) + "┐", lines[2]);
        string[] rows = HalfBlockRenderer.Render(frame);
        for (int r = 0; r < 32; r++)
        {
            Assert.AreEqual("│" + rows[r] + "│", lines[3 + r]);
        }

        Assert.AreEqual("└" + new string('─', 128) + "┘", lines[35]);
        Assert.AreEqual("status", lines[36]);
        Assert.AreEqual(StatusLine.KeyHelp, lines[37]);
    }

    [TestMethod]
    public void AnOffPanelSaysHowToWakeIt()
    {
        IReadOnlyList<string> lines = TerminalView.Compose(Frames.Blank(), on: false, "s", "/dev/pts/1", color: false);
        int middle = 3 + 16;
        StringAssert.Contains(lines[middle], TerminalView.OffMessage);
        Assert.AreEqual(130, lines[middle].Length, "the message keeps the border aligned");
        Assert.AreEqual("│" + new string(' ', 128) + "│", lines[middle - 1]);
        IReadOnlyList<string> colored = TerminalView.Compose(Frames.Blank(), on: false, "s", "/dev/pts/1", color: true);
        StringAssert.Contains(colored[middle], "\u001b[2m" + TerminalView.OffMessage + "\u001b[0m", "dim");
    }

    [TestMethod]
    public void TheStatusLineNamesScreenSlotSecondsAndUtc()
    {
        var s = new TokenSnapshot(ScreenKind.Code, true, 2, "AWS root", "123456", 17, 1_795_000_000, ClockState.Ok, 3, 4, PowerStage.Awake, WakeCause.Boot);
        Assert.AreEqual(
            "Code · slot 3 \"AWS root\" · 17 s left · device UTC 2026-11-18 11:06:40 · accounts 3 · sleeps 4 · woken by boot",
            StatusLine.Format(s));
        var unset = new TokenSnapshot(ScreenKind.SetTime, true, -1, null, null, null, null, ClockState.NotSet, 0, 0, PowerStage.Awake, WakeCause.Boot);
        Assert.AreEqual("SetTime · clock not set · accounts 0 · sleeps 0 · woken by boot", StatusLine.Format(unset));
    }
}
