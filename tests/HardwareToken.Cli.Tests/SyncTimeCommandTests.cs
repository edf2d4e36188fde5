using System;
using HardwareToken.Cli.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class SyncTimeCommandTests
{
    private static readonly string[] SyncTime = ["sync-time", "--port", SimulatedToken.PortPath];

    [TestMethod]
    public void ShowsTheJumpBeforeAndTheClockAfter()
    {
        using var token = new SimulatedToken(rtcOffsetSeconds: -3600);
        CliRun run = new DeviceCli(token).Run(SyncTime);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "(jump +3600 s (1 h 0 min))", "before the press, from the interim reply");
        StringAssert.Contains(run.Error, "press the button on the token to confirm: set its clock to 2026-11-18");
        StringAssert.Contains(run.Out, "the jump was +3600 s (1 h 0 min)");
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"offset [+-][01] s from this computer"));
        StringAssert.Contains(run.Out, "after 1 sync");
        long device = token.Inspect(app => app.DeviceUnixSeconds);
        Assert.IsTrue(Math.Abs(device - token.HostNow().ToUnixTimeSeconds()) <= 1, "fixed");
    }

    [TestMethod]
    public void SendsTheSecondThatJustBegan()
    {
        using var token = new SimulatedToken();
        token.Skip(TimeSpan.FromMilliseconds(400));
        long? sent = null;
        var cli = new DeviceCli(token);
        cli.Watches.Add(("token clock:", _ => sent = token.HostNow().ToUnixTimeMilliseconds()));
        CliRun run = cli.Run(SyncTime);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.IsNotNull(sent);
        // Sent at a random phase this would fail half the time; the margin covers a loaded machine.
        Assert.IsTrue(sent.Value % 1000 < 500, $"the request left {sent.Value % 1000} ms after the second ticked over");
    }

    [TestMethod]
    public void DeclinedIsFiveAndNoPressIsSix()
    {
        using (var token = new SimulatedToken(rtcOffsetSeconds: -50))
        {
            CliRun declined = new DeviceCli(token) { Button = Button.LongPress }.Run(SyncTime);
            Assert.AreEqual(ExitCodes.DeviceRefused, declined.ExitCode, declined.ToString());
            StringAssert.Contains(declined.Error, "the token refused SetTime: declined on the token");
            Assert.AreEqual(0, token.Inspect(app => app.Clock.SyncCount));
        }

        using (var token = new SimulatedToken(rtcOffsetSeconds: -50, configure: c => c.ConfirmTimeoutMilliseconds = 1000))
        {
            CliRun ignored = new DeviceCli(token) { Button = Button.Ignore }.Run(SyncTime);
            Assert.AreEqual(ExitCodes.Timeout, ignored.ExitCode, ignored.ToString());
            StringAssert.Contains(ignored.Error, "nobody pressed the button");
            Assert.AreEqual(0, token.Inspect(app => app.Clock.SyncCount));
        }
    }

    [TestMethod]
    public void AnUnsetClockHasNoJump()
    {
        using var token = new SimulatedToken(clockUnset: true);
        CliRun run = new DeviceCli(token).Run(SyncTime);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "token clock: not set -> ");
        StringAssert.Contains(run.Out, "it was not set before");
    }
}
