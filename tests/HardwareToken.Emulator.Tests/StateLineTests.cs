using HardwareToken.Core.Ports;
using System;
using HardwareToken.Core.App;
using HardwareToken.Core.Time;
using HardwareToken.Emulator.Headless;
using HardwareToken.Emulator.Runtime;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class StateLineTests
{
    [TestMethod]
    public void TheCodeScreenPrintsEveryField()
    {
        var s = new TokenSnapshot(ScreenKind.Code, true, 0, "AWS", "012345", 17, 1_795_000_000, ClockState.Ok, 1, 0, PowerStage.Awake, WakeCause.Boot);
        Assert.AreEqual(
            "screen=Code slot=0 label=AWS code=012345 left=17 utc=1795000000 awake=true clock=Ok accounts=1 sleeps=0 stage=Awake wake=Boot",
            StateLine.Format(s));
    }

    [TestMethod]
    public void OtherScreensPrintDashes()
    {
        var off = new TokenSnapshot(ScreenKind.Off, false, -1, null, null, null, null, ClockState.NotSet, 0, 3, PowerStage.LightSleep, WakeCause.Serial);
        Assert.AreEqual(
            "screen=Off slot=- label=- code=- left=- utc=- awake=false clock=NotSet accounts=0 sleeps=3 stage=LightSleep wake=Serial",
            StateLine.Format(off));
        var info = new TokenSnapshot(ScreenKind.Info, true, 2, null, null, null, 1_795_000_001, ClockState.Ok, 4, 0, PowerStage.Awake, WakeCause.Button);
        Assert.AreEqual(
            "screen=Info slot=2 label=- code=- left=- utc=1795000001 awake=true clock=Ok accounts=4 sleeps=0 stage=Awake wake=Button",
            StateLine.Format(info));
    }

    [TestMethod]
    public void LabelsArePercentEncodedIntoOneToken()
    {
        Assert.AreEqual("my%20root", StateLine.EscapeLabel("my root"));
        Assert.AreEqual("100%25%20sure", StateLine.EscapeLabel("100% sure"));
        Assert.AreEqual("%2D", StateLine.EscapeLabel("-"), "a lone dash would read as 'no label'");
        Assert.AreEqual("a-b=c", StateLine.EscapeLabel("a-b=c"), "the value ends at the next space; '=' needs nothing");
        Assert.AreEqual("%20%20x", StateLine.EscapeLabel("  x"));
    }

    [TestMethod]
    public void EveryPrintableLabelSurvivesUrlDecoding()
    {
        for (char c = ' '; c <= '~'; c++)
        {
            string label = "a" + c + "b";
            string escaped = StateLine.EscapeLabel(label);
            Assert.IsFalse(escaped.Contains(' ', StringComparison.Ordinal), label);
            Assert.AreEqual(label, Uri.UnescapeDataString(escaped), label);
        }

        Assert.AreEqual("-", Uri.UnescapeDataString(StateLine.EscapeLabel("-")));
    }
}
